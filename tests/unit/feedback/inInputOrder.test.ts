import { describe, expect, it } from 'vitest';
import type { FeedbackRow } from '../../../shared/feedback/ingest/feedbackRow.ts';
import { inInputOrder } from '../../../shared/feedback/ingest/inInputOrder.ts';
import type { RowProblem, RowProblemCode } from '../../../shared/feedback/model.ts';

const row = (sheet: string | null, n: number): FeedbackRow => ({ text: `${sheet} ${n}`, source: null, document: null, location: null, sheet, row: n, paragraph: null });
const problem = (sheet: string | null, n: number | null, code: RowProblemCode = 'no_text'): RowProblem => ({ sheet, row: n, paragraph: null, code, reason: `${sheet} ${n}` });
const places = (entries: ReturnType<typeof inInputOrder>['entries']) => entries.map((e) => (e.row ? `row ${e.row.text}` : `problem ${e.problem.reason}`));

describe('a read comment file put back in its order', () => {
  it('puts each row problem at its row, sheet by sheet in file order, even a sheet with problems only', () => {
    const { entries, general } = inInputOrder(
      ['A', 'B', 'C'],
      [row('A', 2), row('A', 4), row('C', 2), row('A', 5)],
      [problem('A', 3), problem('B', 2), problem('A', 6, 'text_too_long')],
    );
    expect(places(entries)).toEqual(['row A 2', 'problem A 3', 'row A 4', 'row A 5', 'problem A 6', 'problem B 2', 'row C 2']);
    expect(general).toEqual([]);
  });

  it('keeps a problem about a whole sheet apart, and places report paragraphs by paragraph', () => {
    const byParagraph = (n: number): FeedbackRow => ({ ...row(null, 0), row: null, paragraph: n, text: `p${n}` });
    const { entries, general } = inInputOrder([null, 'Ghi chú'], [byParagraph(4), byParagraph(9)], [{ ...problem(null, null), paragraph: 7, reason: 'p7' }, problem('Ghi chú', null, 'sheet_without_text_column')]);
    expect(places(entries)).toEqual(['row p4', 'problem p7', 'row p9']);
    expect(general.map((p) => p.code)).toEqual(['sheet_without_text_column']);
  });
});
