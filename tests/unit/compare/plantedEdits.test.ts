import { describe, expect, it } from 'vitest';
import { compareBlocks } from '../../../shared/compare/compareBlocks.ts';
import type { Change, Comparison } from '../../../shared/compare/types.ts';
import { type PlantCounts, type PlantedEdit, plantEdits } from '../../fixtures/generators/plantEdits.ts';
import { generateReport } from '../../fixtures/generators/report.ts';

const COUNTS: PlantCounts = { word: 6, tone: 5, punctuation: 5, number: 5, inserted: 4, deleted: 4, moved: 3, movedEdited: 3, split: 3, merged: 3, renumbered: 4 };

/** The row that reports a planted edit: for a move, the row at its new place. */
function rowOf(result: Comparison, edit: PlantedEdit): Change | undefined {
  return result.changes.find((c) => c.moveTo === undefined && (edit.leftId ? c.left?.id === edit.leftId : c.right?.id === edit.right[0].id));
}

/** What the stats must be: every planted edit where planted, every other block equal. */
function expectedStats(leftLength: number, planted: PlantedEdit[]) {
  const count = (op: string) => planted.filter((p) => p.op === op).length;
  const touched = planted.filter((p) => p.leftId && p.op !== 'equal').length + count('merged'); // a merge takes two
  return {
    equal: leftLength - touched,
    modified: count('modified'),
    inserted: count('inserted'),
    deleted: count('deleted'),
    moved: count('moved'),
    split: count('split'),
    merged: count('merged'),
  };
}

describe('planted edits in a corpus-based report', () => {
  const left = generateReport({ words: 15_000, seed: 11 });

  for (const seed of [1, 2, 3, 4, 5]) {
    for (const freshIds of [false, true]) {
      it(`recovers every planted edit with its class (seed ${seed}, ${freshIds ? 'ids differ' : 'ids kept'})`, () => {
        const { right, planted } = plantEdits(left, { seed, counts: COUNTS, freshIds });
        const result = compareBlocks(left, right);
        const found = planted.map((p) => ({ kind: p.kind, op: rowOf(result, p)?.op, class: rowOf(result, p)?.class }));
        expect(found).toEqual(planted.map((p) => ({ kind: p.kind, op: p.op, class: p.class })));
        expect(result.stats).toEqual(expectedStats(left.length, planted));
      });
    }
  }

  it('finds the moved block at its new place, linked to its old place', () => {
    const { right, planted } = plantEdits(left, { seed: 9, counts: { moved: 2, movedEdited: 2 } });
    const result = compareBlocks(left, right);
    for (const p of planted) {
      const row = rowOf(result, p) as Change;
      expect(row.right?.index).toBe(right.indexOf(p.right[0]));
      expect(result.changes[row.moveFrom as number]).toMatchObject({ moveTo: result.changes.indexOf(row), left: { id: p.leftId } });
    }
  });

  it('reports nothing for a draft compared with itself, nor for renumbering alone', () => {
    const { right } = plantEdits(left, { seed: 6, counts: { renumbered: 20 } });
    const result = compareBlocks(left, right);
    expect(result.stats.equal).toBe(left.length);
    expect(result.changes.every((c) => c.op === 'equal' && c.class === null)).toBe(true);
  });
});

describe('generateReport', () => {
  it('is deterministic and sized by words, with unique ids and texts', () => {
    const a = generateReport({ words: 3_000, seed: 4 });
    expect(generateReport({ words: 3_000, seed: 4 })).toEqual(a);
    const words = a.reduce((n, x) => n + x.text.split(/\s+/u).length, 0);
    expect(words).toBeGreaterThanOrEqual(3_000);
    expect(new Set(a.map((x) => x.id)).size).toBe(a.length);
    expect(new Set(a.map((x) => x.text)).size).toBe(a.length);
    expect(a.some((x) => x.type === 'target' && x.number === '(1)')).toBe(true);
  });
});
