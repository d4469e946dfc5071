/**
 * The one logger of the server and the CLI. Every entry goes through formatLogLine (cut to
 * 2,000 characters, secrets hidden, one entry per line) to the sink, stderr by default.
 * `routeConsole()` sends console.* there too, for the libraries that log on their own
 * (Hocuspocus writes console.error and console.warn); the entry points of server processes call it.
 * What stays true whatever is logged:
 * - an expected failure (expectedFailure.ts: a refusal the server means) is one line at level
 *   info, never a stack, even inside another library's console.error;
 * - at most LOG_RATE.perWindow entries per scope in LOG_RATE.windowMs; the rest are dropped
 *   and their number is written once the window has ended.
 */
import { expectedFailureText } from './expectedFailure.ts';
import { formatLogLine, type LogLevel } from './formatLogLine.ts';
import { LogRateLimit } from './LogRateLimit.ts';

type Sink = (line: string) => void;

/** 100 entries per scope per 10 s: far more than a healthy server writes, few enough to read. */
export const LOG_RATE = { perWindow: 100, windowMs: 10_000 } as const;

const secrets: string[] = [];
let sink: Sink = (line) => void process.stderr.write(`${line}\n`);
let limit = new LogRateLimit(LOG_RATE.perWindow, LOG_RATE.windowMs);
const timers = new Map<string, ReturnType<typeof setTimeout>>();

function emit(level: LogLevel, scope: string, parts: readonly unknown[]): void {
  try {
    sink(formatLogLine(level, scope, parts, secrets));
  } catch {
    // A log that cannot be written must not become the failure of what was being logged.
  }
}

function reportDropped(scope: string, dropped: number): void {
  emit('warn', scope, [`Đã bỏ qua ${dropped} mục nhật ký [${scope}] trong ${LOG_RATE.windowMs / 1000} giây vì có quá nhiều.`]);
}

function write(level: LogLevel, scope: string, parts: unknown[]): void {
  const shown = parts.map((part) => expectedFailureText(part) ?? part);
  const expected = shown.some((part, i) => part !== parts[i]);
  const { write: admitted, droppedBefore } = limit.take(scope, Date.now());
  if (droppedBefore > 0) reportDropped(scope, droppedBefore);
  if (admitted) return emit(expected ? 'info' : level, scope, shown);
  const end = limit.endOfDropping(scope);
  if (end !== null && !timers.has(scope)) {
    // Reports the drops even when nothing else of this scope is logged; never keeps the process alive.
    const timer = setTimeout(() => {
      timers.delete(scope);
      for (const due of limit.due(Date.now())) reportDropped(due.scope, due.dropped);
    }, Math.max(0, end - Date.now()));
    timer.unref?.();
    timers.set(scope, timer);
  }
}

export const log = {
  error: (scope: string, ...parts: unknown[]) => write('error', scope, parts),
  warn: (scope: string, ...parts: unknown[]) => write('warn', scope, parts),
  info: (scope: string, ...parts: unknown[]) => write('info', scope, parts),
};

/** A value no entry may show (the server's access key), wherever it would appear. */
export function registerSecret(secret: string): void {
  if (!secrets.includes(secret)) secrets.push(secret);
}

/**
 * Where entries go; returns the previous sink (tests capture entries and put it back). The
 * rate limit starts afresh, so one test's entries do not count against the next one's.
 */
export function setLogSink(next: Sink): Sink {
  const previous = sink;
  sink = next;
  limit = new LogRateLimit(LOG_RATE.perWindow, LOG_RATE.windowMs);
  for (const timer of timers.values()) clearTimeout(timer);
  timers.clear();
  return previous;
}

/** Sends console.error/warn/log/info/debug through the logger (scope "console"). */
export function routeConsole(): void {
  console.error = (...parts: unknown[]) => log.error('console', ...parts);
  console.warn = (...parts: unknown[]) => log.warn('console', ...parts);
  console.log = console.info = console.debug = (...parts: unknown[]) => log.info('console', ...parts);
}
