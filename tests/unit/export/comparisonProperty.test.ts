import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ComparisonRow, ComparisonToken } from '../../../shared/export/comparisonRow.ts';
import { exportComparisonDocx } from '../../../shared/export/exportComparisonDocx.ts';
import { deleted, equal, inserted, leftTexts, paired, rightTexts } from './comparisonCases.ts';
import { documentBody, reviewedParagraphs, revisionAttributesProblems, unzipDocx } from './docxKit.ts';

// Syllables with both tone placements, XML specials and spacing, so escaping and merging get exercised.
const SYLLABLES = ['hòa', 'hoà', 'thủy', 'thuỷ', 'Đảng', 'bộ', 'kinh tế', ' ', ', ', '&', '<', '"13%"', '\t', 'Nhân dân'];
const text = fc.array(fc.constantFrom(...SYLLABLES), { minLength: 1, maxLength: 6 }).map((xs) => xs.join(''));
const token = fc.record({ op: fc.constantFrom<ComparisonToken['op']>('equal', 'insert', 'delete'), text });
const row: fc.Arbitrary<ComparisonRow> = fc.oneof(
  text.map((t) => equal(t)),
  text.map((t) => inserted(t, '(1)', 'target')),
  text.map((t) => deleted(t, 'II', 'section')),
  fc.tuple(fc.constantFrom<ComparisonRow['op']>('modified', 'moved', 'split', 'merged'), fc.array(token, { minLength: 1, maxLength: 8 })).map(([op, tokens]) => paired(op, tokens, 'a)', 'b)', 'heading')),
);

describe('exportComparisonDocx on generated comparisons', () => {
  it('always accepts to the right texts and rejects to the left texts', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), (rows) => {
        const body = documentBody(unzipDocx(exportComparisonDocx(rows, { author: 'Kiểm thử', date: '2025-01-01T00:00:00Z' })));
        const last = rows.at(-1)!;
        const trailing = (last.left === null) !== (last.right === null) ? 1 : 0;
        const drop = (ps: string[]) => ps.slice(0, ps.length - trailing);
        expect(drop(reviewedParagraphs(body, 'accept'))).toEqual(rightTexts(rows));
        expect(drop(reviewedParagraphs(body, 'reject'))).toEqual(leftTexts(rows));
        expect(revisionAttributesProblems(body)).toEqual([]);
      }),
      { seed: 20250915, numRuns: 150 },
    );
  });
});
