import type { RowProblem } from '../model.ts';
import type { FeedbackRow } from './feedbackRow.ts';

/** A row of a comment file as read: a comment, or the reason it gave none (a row with no text, a merged or formula cell, a text too long). */
export type InputEntry = { row: FeedbackRow; problem?: undefined } | { row?: undefined; problem: RowProblem };

/**
 * The comments and the row problems of one read file merged back into the file's order: by sheet
 * (`sheets`, in file order), then by row or paragraph; a comment before a problem at the same
 * place, each list's own order kept otherwise. Problems about a whole sheet or file (no row, no
 * paragraph) are not rows: they come back apart, as `general`.
 */
export function inInputOrder(sheets: readonly (string | null)[], rows: readonly FeedbackRow[], problems: readonly RowProblem[]): { entries: InputEntry[]; general: RowProblem[] } {
  const rank = new Map(sheets.map((name, i) => [name, i]));
  const placeOf = (at: { sheet: string | null; row: number | null; paragraph: number | null }) => [rank.get(at.sheet) ?? sheets.length, at.row ?? at.paragraph ?? 0];
  const placed = [
    ...rows.map((row, i) => ({ entry: { row } as InputEntry, place: placeOf(row), tie: i })),
    ...problems.filter((p) => p.row !== null || p.paragraph !== null).map((problem, i) => ({ entry: { problem } as InputEntry, place: placeOf(problem), tie: rows.length + i })),
  ];
  placed.sort((a, b) => a.place[0] - b.place[0] || a.place[1] - b.place[1] || a.tie - b.tie);
  return { entries: placed.map((p) => p.entry), general: problems.filter((p) => p.row === null && p.paragraph === null) };
}
