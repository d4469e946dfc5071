import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareBlocks } from '../../../shared/compare/compareBlocks.ts';
import type { NumberedBlock } from '../../../shared/document/flatBlock.ts';

/** The targets (1)…(22) of the city report, as numbered blocks with the label as number. */
function cityTargets(): NumberedBlock[] {
  const text = readFileSync(new URL('../../../../shared/corpus/thong-bao-nhanh-ket-qua-dai-hoi.txt', import.meta.url), 'utf8');
  const start = text.indexOf('b) Các chỉ tiêu phát triển kinh tế');
  return text
    .slice(start, text.indexOf('2.4. Các đột phá chiến lược'))
    .split(/\n\s*\n/u)
    .map((p) => p.trim().match(/^(\(\d+\))\s+(.*)$/su))
    .filter((m) => m !== null)
    .map((m, i) => ({ id: `t${i + 1}`, type: 'target', level: null, number: m[1], text: m[2].trim() }));
}

const edit = (blocks: NumberedBlock[], n: number, from: string, to: string) =>
  blocks.map((b, i) => (i === n ? { ...b, text: b.text.replace(from, to) } : b));

describe('hand-made edits on the city report targets', () => {
  const targets = cityTargets();

  it('reads the 22 targets from the corpus', () => {
    expect(targets).toHaveLength(22);
    expect(targets[3].text).toContain('47 - 48%');
  });

  it.each([
    [3, '47 - 48%', '47% - 48%', 'punctuation'],
    [3, '47 - 48%', '48 - 50%', 'number'],
    [1, '11.247 USD', '12.000 USD', 'number'],
    [0, 'trở lên', 'trở lên, phấn đấu', 'substantive'],
    [7, 'hàng hoá', 'hàng hóa', 'orthography'],
    [16, '2026 - 2030 đạt 0,8', '2026-2030 đạt 0,8', 'punctuation'],
  ])('target %i: %j → %j is %s', (n, from, to, cls) => {
    expect(targets[n].text).toContain(from);
    const result = compareBlocks(targets, edit(targets, n, from, to));
    expect(result.changes.filter((c) => c.op !== 'equal').map((c) => [c.op, c.right?.number, c.class])).toEqual([['modified', targets[n].number, cls]]);
  });

  it('sees targets renumbered after one is removed as one deletion, not 20 changes', () => {
    const right = targets.filter((_, i) => i !== 1).map((b, i) => ({ ...b, number: `(${i + 1})` }));
    const result = compareBlocks(targets, right);
    expect(result.stats).toMatchObject({ equal: 21, deleted: 1, modified: 0, moved: 0 });
  });

  it('sees one target moved up to first place as one move', () => {
    const right = [targets[9], ...targets.filter((_, i) => i !== 9)].map((b, i) => ({ ...b, id: `n${i}`, number: `(${i + 1})` }));
    const result = compareBlocks(targets, right);
    expect(result.stats).toMatchObject({ equal: 21, moved: 1 });
    expect(result.changes.find((c) => c.op === 'moved' && c.right)?.left?.number).toBe('(10)');
  });
});
