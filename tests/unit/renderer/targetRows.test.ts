import { describe, expect, it } from 'vitest';
import type { TargetFigure } from '../../../shared/targets/index.ts';
import { targetRows } from '../../../renderer/targets/targetRows.ts';
import { doc, p, sec, tgt } from '../blockIds/fixtures.ts';

describe('targetRows', () => {
  const d = doc(sec('s', 'Chỉ tiêu'), tgt('t1', 'Tăng trưởng bình quân 13%/năm trở lên.'), p('x', 'Đoạn 20%'), tgt('t2', 'Không có số liệu'));

  it('lists every target with its label and figures, and nothing else', () => {
    const rows = targetRows(d, ['I', '(1)', null, '(2)'], new Map());
    expect(rows.map((r) => [r.id, r.number, r.figures.map((f) => f.text)])).toEqual([
      ['t1', '(1)', ['13%/năm']],
      ['t2', '(2)', []],
    ]);
  });

  it('reads a target again only when its text changed', () => {
    const cache = new Map<string, TargetFigure[]>();
    const first = targetRows(d, [], cache);
    const second = targetRows(d, [], cache);
    expect(second[0].figures).toBe(first[0].figures);
    expect(cache.size).toBe(2);
  });
});
