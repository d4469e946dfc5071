import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXPECTED_FAILURE } from '../../../main/log/expectedFailure.ts';
import { LogRateLimit } from '../../../main/log/LogRateLimit.ts';
import { log, LOG_RATE, setLogSink } from '../../../main/log/logger.ts';

describe('LogRateLimit', () => {
  it('writes the first entries of each scope in a window, counts the rest, and reports them once after it', () => {
    const limit = new LogRateLimit(3, 1000);
    const takes = Array.from({ length: 5 }, (_, i) => limit.take('a', 100 + i).write);
    expect(takes).toEqual([true, true, true, false, false]);
    expect(limit.take('b', 200).write).toBe(true); // scopes are apart
    expect(limit.endOfDropping('a')).toBe(1100);
    expect(limit.due(1099)).toEqual([]);
    expect(limit.due(1100)).toEqual([{ scope: 'a', dropped: 2 }]);
    expect(limit.due(5000)).toEqual([]); // once
    expect(limit.take('a', 5000)).toEqual({ write: true, droppedBefore: 0 });
  });

  it('reports what an ended window dropped with the next entry of its scope when no timer did', () => {
    const limit = new LogRateLimit(1, 1000);
    limit.take('a', 0);
    limit.take('a', 1);
    expect(limit.take('a', 2000)).toEqual({ write: true, droppedBefore: 1 });
  });
});

describe('the logger under a flood', () => {
  let restore: ((line: string) => void) | undefined;
  afterEach(() => {
    vi.useRealTimers();
    if (restore) setLogSink(restore);
  });

  it('writes LOG_RATE.perWindow entries of a scope per window, then says how many it dropped', () => {
    vi.useFakeTimers();
    const lines: string[] = [];
    restore = setLogSink((line) => lines.push(line));
    for (let i = 0; i < LOG_RATE.perWindow + 50; i++) log.error('http', `entry ${i}`);
    log.error('rpc', 'another scope');
    expect(lines).toHaveLength(LOG_RATE.perWindow + 1);
    vi.advanceTimersByTime(LOG_RATE.windowMs);
    expect(lines.at(-1)).toMatch(/WARN \[http\] Đã bỏ qua 50 mục nhật ký \[http\] trong 10 giây vì có quá nhiều\.$/u);
  });

  it('writes an expected failure as one line at level info, without its stack, even inside another message', () => {
    const lines: string[] = [];
    restore = setLogSink((line) => lines.push(line));
    const refusal = Object.assign(new Error(''), { [EXPECTED_FAILURE]: 'SyncRefusal 4428 missing_dependencies: x' });
    log.error('console', 'closing connection abc because of exception', refusal);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/ INFO \[console\] closing connection abc because of exception SyncRefusal 4428 missing_dependencies: x$/u);
  });
});
