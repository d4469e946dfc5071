/**
 * The paragraphs of a plain text, as a PDF or a typist left them. Text that looks hard-wrapped
 * is unwrapped (unwrapPdfText's rules); in other text every line is a paragraph, except a line
 * that starts in lower case after a page break (two or more blank lines), the line before ending
 * no sentence: the page broke that sentence, and the line continues it. Footnotes a PDF printed at the foot of a
 * page (pdfFootnotes.ts) are taken out of the body, so the paragraph they cut joins up again.
 */
import { footnoteNumber, splitFootnotes, type TextFootnote } from './pdfFootnotes.ts';
import { continuesSentence, joinParagraphs, linesLookHardWrapped, paragraphStarts, readLines, type WrappedLine } from './unwrapPdfText.ts';

export interface TextParagraphs {
  /** Body paragraphs in order. */
  paragraphs: string[];
  /** Footnotes in the order they were met: the number as printed, and their text. */
  footnotes: { number: string; text: string }[];
  /** Hard-wrapped lines were joined (the user is told). */
  unwrapped: boolean;
}

/**
 * Blank lines that make a page break in text that is not hard-wrapped. One blank line is how
 * paragraphs are separated there (our own .txt export writes blocks so), so only two or more
 * can be a page break that a sentence runs across.
 */
const PAGE_BREAK_GAP = 2;

/** Per line, whether a paragraph starts there. */
function starts(lines: readonly WrappedLine[], hardWrapped: boolean): boolean[] {
  if (hardWrapped) return paragraphStarts(lines);
  return lines.map((line, i) => i === 0 || footnoteNumber(line.text) !== null || !(line.gap >= PAGE_BREAK_GAP && continuesSentence(lines[i - 1], line)));
}

const noteText = (note: TextFootnote) => joinParagraphs(note.lines, note.lines.map((_, i) => i === 0))[0];

export function textParagraphs(text: string): TextParagraphs {
  const lines = readLines(text);
  const hardWrapped = linesLookHardWrapped(lines);
  const { body, notes } = splitFootnotes(lines, starts(lines, hardWrapped));
  return {
    paragraphs: joinParagraphs(body, starts(body, hardWrapped)),
    footnotes: notes.map((note) => ({ number: note.number, text: noteText(note) })),
    unwrapped: hardWrapped,
  };
}
