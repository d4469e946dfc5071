import type { EmphasisSpan } from '../../../shared/document/flatBlock.ts';
import type { ComparisonRow, ComparisonSide, ComparisonToken } from '../../../shared/export/comparisonRow.ts';
import { exportBlockPrefix } from '../../../shared/export/numberPrefix.ts';
import { runInBodyStart } from '../../../shared/export/runInHeading.ts';

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

const numbered = (numberFrom: ComparisonSide, text: string) => exportBlockPrefix(numberFrom.type, numberFrom.number, numberFrom.text) + text;

/** The right draft's paragraphs, as "accept all" must give them. */
export function rightTexts(rows: readonly ComparisonRow[]): string[] {
  return rows.flatMap((r) => {
    if (r.moveTo !== undefined || !r.right) return [];
    const rights = r.op === 'split' && r.parts ? r.parts : [r.right];
    return rights.map((s) => numbered(s, s.text));
  });
}

/** The left draft's paragraphs, as "reject all" must give them, numbers included. */
export function leftTexts(rows: readonly ComparisonRow[]): string[] {
  return rows.flatMap((r) => {
    if (r.moveFrom !== undefined || !r.left) return [];
    if (r.moveTo !== undefined) {
      const destination = rows[r.moveTo];
      const lefts = destination.op === 'merged' && destination.parts ? destination.parts : [r.left];
      return lefts.map((s) => numbered(s, s.text));
    }
    const lefts = r.op === 'merged' && r.parts ? r.parts : [r.left];
    return lefts.map((s) => numbered(s, s.text));
  });
}

/** A split row: one left block became `rights`; tokens run over the right parts joined by "\n". */
export function split(tokens: ComparisonToken[], left: ComparisonSide, rights: ComparisonSide[]): ComparisonRow {
  return { op: 'split', left, right: rights[0], parts: rights, tokens };
}

/** A merged row: `lefts` became one right block; tokens run over the left parts joined by "\n". */
export function merged(tokens: ComparisonToken[], lefts: ComparisonSide[], right: ComparisonSide): ComparisonRow {
  return { op: 'merged', left: lefts[0], right, parts: lefts, tokens };
}

/**
 * Where a block's paragraph prints with the heading's bold off: its run-in body after its number,
 * but what its own emphasis makes bold (offsets in the paragraph's text, line breaks not counted).
 */
export function expectedBoldOff(block: ComparisonSide & { emphasis?: readonly EmphasisSpan[] }): [number, number][] {
  const start = runInBodyStart(block.type, block.text);
  if (start === null) return [];
  const at = exportBlockPrefix(block.type, block.number, block.text).length;
  const flags = block.text.split('').flatMap((ch, i) => (ch === '\n' ? [] : [i >= start && !block.emphasis?.some((s) => s.bold && i >= s.from && i < s.to)]));
  const out: [number, number][] = [];
  flags.forEach((off, i) => {
    const last = out[out.length - 1];
    if (!off) return;
    if (last && last[1] === at + i) last[1]++;
    else out.push([at + i, at + i + 1]);
  });
  return out;
}
