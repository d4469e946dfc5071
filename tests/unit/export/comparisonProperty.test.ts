import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ComparisonRow, ComparisonToken } from '../../../shared/export/comparisonRow.ts';
import { exportComparisonDocx } from '../../../shared/export/exportComparisonDocx.ts';
import { deleted, equal, inserted, leftTexts, paired, rightTexts, side } from './comparisonCases.ts';
import { documentBody, reviewedDraft, revisionAttributesProblems, unzipDocx } from './docxKit.ts';

// Syllables with both tone placements, XML specials and spacing, so escaping and merging get exercised.
const SYLLABLES = ['hòa', 'hoà', 'thủy', 'thuỷ', 'Đảng', 'bộ', 'kinh tế', ' ', ', ', '&', '<', '"13%"', '\t', '\n', 'Nhân dân'];
const text = fc.array(fc.constantFrom(...SYLLABLES), { minLength: 1, maxLength: 6 }).map((xs) => xs.join(''));
const token = fc.record({ op: fc.constantFrom<ComparisonToken['op']>('equal', 'insert', 'delete'), text });
const textOf = (tokens: ComparisonToken[], skip: ComparisonToken['op']) => tokens.filter((t) => t.op !== skip).map((t) => t.text).join('');

/** A paired row from random tokens; every "\n" on the many side of a split or merge is a join. */
function pairedRow(op: ComparisonRow['op'], tokens: ComparisonToken[]): ComparisonRow {
  const row = paired(op, tokens, 'a)', 'b)', 'heading');
  const rights = textOf(tokens, 'delete').split('\n');
  const lefts = textOf(tokens, 'insert').split('\n');
  // As the engine gives them: the paired side is the first of the parts.
  if (op === 'split' && rights.length > 1) {
    const parts = rights.map((t, k) => side(t, `${k + 1}`, 'target'));
    return { ...row, right: parts[0], parts };
  }
  if (op === 'merged' && lefts.length > 1) {
    const parts = lefts.map((t, k) => side(t, `(${k + 1})`, 'target'));
    return { ...row, left: parts[0], parts };
  }
  return { ...row, op: op === 'split' || op === 'merged' ? 'modified' : op };
}

const row: fc.Arbitrary<ComparisonRow> = fc.oneof(
  text.map((t) => equal(t)),
  text.map((t) => inserted(t, '(1)', 'target')),
  text.map((t) => deleted(t, 'II', 'section')),
  fc.tuple(fc.constantFrom<ComparisonRow['op']>('modified', 'moved', 'split', 'merged'), fc.array(token, { minLength: 1, maxLength: 8 })).map(([op, tokens]) => pairedRow(op, tokens)),
);

/** Rows with some paired rows turned into moves: an origin row inserted elsewhere, linked both ways. */
function withMoves(rows: ComparisonRow[], picks: [number, number][]): ComparisonRow[] {
  let out = [...rows];
  for (const [pick, at] of picks) {
    const d = pick % out.length;
    const dest = out[d];
    if (!dest.left || !dest.right || dest.moveFrom !== undefined || dest.moveTo !== undefined) continue;
    const origin: ComparisonRow = { op: dest.op, left: dest.left, right: null, tokens: [{ op: 'equal', text: dest.left.text }] };
    const p = at % (out.length + 1);
    out = [...out.slice(0, p), origin, ...out.slice(p)];
    const dIndex = d >= p ? d + 1 : d;
    out = out.map((r) => {
      const shift = (i: number | undefined) => (i === undefined ? undefined : i >= p ? i + 1 : i);
      return { ...r, moveTo: shift(r.moveTo), moveFrom: shift(r.moveFrom) };
    });
    out[p] = { ...out[p], moveTo: dIndex };
    out[dIndex] = { ...out[dIndex], moveFrom: p };
  }
  return out.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as unknown as ComparisonRow);
}

const rows = fc.tuple(fc.array(row, { minLength: 1, maxLength: 12 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 })).map(([rs, picks]) => withMoves(rs, picks));

describe('exportComparisonDocx on generated comparisons', () => {
  it('always accepts to the right texts and rejects to the left texts', () => {
    const seen = { split: 0, merged: 0, moves: 0 };
    fc.assert(
      fc.property(rows, (rows) => {
        for (const r of rows) {
          if (r.parts && r.op === 'split') seen.split++;
          if (r.parts && r.op === 'merged') seen.merged++;
          if (r.moveFrom !== undefined) seen.moves++;
        }
        const body = documentBody(unzipDocx(exportComparisonDocx(rows, { author: 'Kiểm thử', date: '2025-01-01T00:00:00Z' })));
        expect(reviewedDraft(body, 'accept')).toEqual(rightTexts(rows));
        expect(reviewedDraft(body, 'reject')).toEqual(leftTexts(rows));
        expect(revisionAttributesProblems(body)).toEqual([]);
      }),
      { seed: 20250915, numRuns: 300 },
    );
    // The generator must have exercised the hard cases, or the property proves little.
    expect(Math.min(seen.split, seen.merged, seen.moves)).toBeGreaterThan(20);
  });
});
