import type { ComparisonRow, ComparisonSide, ComparisonToken } from '../../../shared/export/comparisonRow.ts';
import { exportNumberPrefix } from '../../../shared/export/numberPrefix.ts';

/** A side of a row: text with an optional number and type. */
export const side = (text: string, number: string | null = null, type = 'paragraph'): ComparisonSide => ({ number, text, type, level: null });

const eq = (text: string): ComparisonToken => ({ op: 'equal', text });
const ins = (text: string): ComparisonToken => ({ op: 'insert', text });
const del = (text: string): ComparisonToken => ({ op: 'delete', text });

export const equal = (text: string, number: string | null = null, type = 'paragraph'): ComparisonRow => ({
  op: 'equal',
  left: side(text, number, type),
  right: side(text, number, type),
  tokens: [eq(text)],
});
export const inserted = (text: string, number: string | null = null, type = 'paragraph'): ComparisonRow => ({
  op: 'inserted',
  left: null,
  right: side(text, number, type),
  tokens: [ins(text)],
});
export const deleted = (text: string, number: string | null = null, type = 'paragraph'): ComparisonRow => ({
  op: 'deleted',
  left: side(text, number, type),
  right: null,
  tokens: [del(text)],
});

/** A paired row from its tokens; the texts are what the tokens say. */
export function paired(op: ComparisonRow['op'], tokens: ComparisonToken[], leftNumber: string | null = null, rightNumber = leftNumber, type = 'paragraph'): ComparisonRow {
  const leftText = tokens.filter((t) => t.op !== 'insert').map((t) => t.text).join('');
  const rightText = tokens.filter((t) => t.op !== 'delete').map((t) => t.text).join('');
  return { op, left: side(leftText, leftNumber, type), right: side(rightText, rightNumber, type), tokens };
}

export { eq, ins, del };

/** The right draft's paragraphs, as "accept all" must give them. */
export function rightTexts(rows: readonly ComparisonRow[]): string[] {
  return rows.filter((r) => r.right).map((r) => exportNumberPrefix(r.right!.type, r.right!.number) + r.right!.text);
}

/** The left draft's paragraphs, as "reject all" must give them; paired blocks keep the newer number. */
export function leftTexts(rows: readonly ComparisonRow[]): string[] {
  return rows
    .filter((r) => r.left)
    .map((r) => {
      const numbered = r.right ?? r.left!;
      return exportNumberPrefix(numbered.type, numbered.number) + r.left!.text;
    });
}
