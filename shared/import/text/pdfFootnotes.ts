/**
 * Footnotes in text taken from a PDF. The PDF prints a page's footnotes at its foot, so in the
 * text they sit between the two halves of a paragraph the page broke ("…của Bộ Chính" / "¹ Kết
 * luận của Bộ Chính trị…" / "trị về…"). A footnote is a line starting with a superscript
 * number, and the lines that run on from it until a sentence ends or the page does; its
 * reference in the body is the same superscript number after a word. Units ("m²", "km³") are
 * never references.
 */
import type { MarkJson, Run } from '../model.ts';
import type { WrappedLine } from './unwrapPdfText.ts';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const FOOTNOTE_START = new RegExp(`^([${SUPERSCRIPT}]+)\\s*(?=\\S)`, 'u');
const REFERENCE = new RegExp(`(?<=[\\p{L}\\p{N}.,;:!?”")\\]])([${SUPERSCRIPT}]+)`, 'gu');
/** A superscript two or three after a length unit is an exponent. */
const UNIT_BEFORE = /(?:^|[^\p{L}])(?:k|c|d|m)?m$/u;

/** "¹²" → "12". */
export const superscriptDigits = (s: string) => [...s].map((ch) => String(SUPERSCRIPT.indexOf(ch))).join('');

/** A footnote read from the text: its number as printed (superscript) and its lines. */
export interface TextFootnote {
  number: string;
  lines: WrappedLine[];
}

/** The superscript number that starts a footnote line, or null. */
export function footnoteNumber(line: string): string | null {
  return FOOTNOTE_START.exec(line)?.[1] ?? null;
}

/** The footnote line's text without its number. */
export const footnoteText = (line: string) => line.replace(FOOTNOTE_START, '');

/** The key footnote_ref marks use for a footnote until block ids are assigned. */
export const footnoteKey = (number: string) => `txt:${superscriptDigits(number)}`;

/**
 * Body lines and footnotes of a text's lines. `starts[i]` says whether a paragraph starts at
 * line i; a footnote runs on over the lines that start none, and ends at a page break (two blank
 * lines). The line after a footnote keeps the larger of its gap and the footnote's, so a page
 * break stays visible.
 */
export function splitFootnotes(lines: readonly WrappedLine[], starts: readonly boolean[]) {
  const body: WrappedLine[] = [];
  const notes: TextFootnote[] = [];
  let gapCarried = 0;
  for (let i = 0; i < lines.length; i++) {
    const number = footnoteNumber(lines[i].text);
    if (number === null) {
      body.push(gapCarried ? { ...lines[i], gap: Math.max(lines[i].gap, gapCarried) } : lines[i]);
      gapCarried = 0;
      continue;
    }
    const note: TextFootnote = { number, lines: [{ ...lines[i], text: footnoteText(lines[i].text) }] };
    while (i + 1 < lines.length && lines[i + 1].gap < 2 && footnoteNumber(lines[i + 1].text) === null && !starts[i + 1]) {
      note.lines.push(lines[++i]);
    }
    notes.push(note);
    gapCarried = Math.max(gapCarried, note.lines[0].gap);
  }
  return { body, notes };
}

const refMark = (number: string): MarkJson => ({ type: 'footnote_ref', attrs: { note: footnoteKey(number) } });

/**
 * Runs for a body paragraph: each superscript number that names one of `numbers` (the text's
 * footnotes) becomes a footnote reference, in digits, as the .docx reader writes them.
 */
export function footnoteRuns(text: string, numbers: ReadonlySet<string>): Run[] {
  if (numbers.size === 0) return [{ text, marks: [] }];
  const runs: Run[] = [];
  let last = 0;
  for (const m of text.matchAll(REFERENCE)) {
    const digits = superscriptDigits(m[1]);
    if (!numbers.has(digits) || ((digits === '2' || digits === '3') && UNIT_BEFORE.test(text.slice(0, m.index)))) continue;
    if (m.index > last) runs.push({ text: text.slice(last, m.index), marks: [] });
    runs.push({ text: digits, marks: [refMark(m[1])] });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), marks: [] });
  return runs;
}
