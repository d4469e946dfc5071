/**
 * Joins lines hard-wrapped by a PDF export back into paragraphs. Such text breaks every line at
 * the page width, often with a blank line after each, so blank lines say little; what says a
 * paragraph ends is: the next line starts with a numbering label, is indented and capitalised,
 * or is in capitals (a title); or this line is short for the page and ends a sentence. Two blank
 * lines (a page break) end a paragraph too, unless the next line starts in lower case after one
 * that does not end a sentence: then the page broke the sentence, and it goes on.
 * A line ending in a hyphen inside a word ("1669/NQ-" + "UBTVQH15") is joined without a space.
 * The decisions work on abstract lines, so a .docx with one paragraph per printed line is
 * unwrapped by the same rules as text.
 */
import type { ImportWarning } from '../model.ts';
import { matchLabel } from './labels.ts';

/** The warning an import adds when it joined hard-wrapped lines. */
export const HARD_WRAP_JOINED: ImportWarning = {
  code: 'hard_wrap_joined',
  message: 'Văn bản bị ngắt dòng cứng (như khi sao chép từ PDF); các dòng của cùng một đoạn đã được nối lại. Hãy rà soát chỗ ngắt đoạn.',
};

/** A printed line, whatever it was read from. */
export interface WrappedLine {
  /** The line's text, trimmed. */
  text: string;
  /** The line is indented (leading white space, or a deeper indent than most lines). */
  indented: boolean;
  /** Blank lines (or empty paragraphs) before it. */
  gap: number;
}

/** What ends a sentence, and the closing quotes and brackets that may follow it. */
const SENTENCE_ENDS = '.:;!?…';
const CLOSERS = '"”’)»';

/**
 * Whether `text` ends a sentence: a sentence end, then only closing quotes or brackets (as
 * /[.:;!?…]["”’)»]*$/u). Read from the end: the pattern, anchored only at the end, was tried
 * at every position of the line, and an imported .txt has a whole paragraph on one line (2 ms of
 * `vankien compare`'s 100, issue 9).
 */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.includes(text[i])) i--;
  return i >= 0 && SENTENCE_ENDS.includes(text[i]);
}
const CONTINUES = /[,(\-–]$/u;
const LOWER_START = /^\p{Ll}/u;
const UPPER_START = /^["“‘(]?[\p{Lu}\d]/u;
const HYPHEN_CUT = /[\p{L}\d]-$/u;
/** A line shorter than this share of a full line ends its paragraph, unless it ends in a comma. */
const SHORT_SHARE = 0.75;
/** A line that ends a sentence and is shorter than this share of a full line ends its paragraph. */
const SENTENCE_END_SHARE = 0.95;

/** The non-empty lines of a text, trimmed, each with the blank lines before it. */
export function readLines(text: string): WrappedLine[] {
  const lines: WrappedLine[] = [];
  let gap = 0;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const trimmed = raw.trim();
    if (!trimmed) {
      gap++;
      continue;
    }
    lines.push({ text: trimmed, indented: /^\s/u.test(raw), gap });
    gap = 0;
  }
  return lines;
}

const isCapitals = (s: string) => /\p{Lu}.*\p{Lu}.*\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);

/** The length of a full line: the 80th percentile of line lengths. */
function fullLineLength(lines: readonly WrappedLine[]): number {
  const lengths = lines.map((l) => l.text.length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.8)] ?? 0;
}

/**
 * True when `next` goes on with the sentence `prev` left open, whatever blank lines (a page
 * break) lie between: it starts in lower case, has no label, and `prev` ends no sentence.
 */
export function continuesSentence(prev: WrappedLine, next: WrappedLine): boolean {
  return LOWER_START.test(next.text) && !endsSentence(prev.text) && !matchLabel(next.text);
}

/** True when `next` starts a new paragraph after `prev`. */
function breaksBefore(prev: WrappedLine, next: WrappedLine, full: number): boolean {
  if (matchLabel(next.text)) return true;
  if (continuesSentence(prev, next)) return false;
  if (next.gap >= 2) return true;
  if (LOWER_START.test(next.text)) return false;
  if (isCapitals(prev.text) || isCapitals(next.text)) return true;
  if (next.indented && UPPER_START.test(next.text)) return true;
  if (!UPPER_START.test(next.text)) return false;
  // A full line may end a sentence and still be wrapped mid-paragraph: only a shorter one ends it.
  if (endsSentence(prev.text)) return prev.text.length < full * SENTENCE_END_SHARE;
  return prev.text.length < full * SHORT_SHARE && !CONTINUES.test(prev.text);
}

/** Per line, true when a paragraph starts at it; the first line always starts one. */
export function paragraphStarts(lines: readonly WrappedLine[]): boolean[] {
  const full = fullLineLength(lines);
  return lines.map((line, i) => i === 0 || breaksBefore(lines[i - 1], line, full));
}

/** True when the line after one ending in `text` continues it without a space (a word cut at a hyphen). */
export const joinsWithoutSpace = (text: string): boolean => HYPHEN_CUT.test(text);

/**
 * True when lines look hard-wrapped: at least 5 lines, and at least a third of them end without
 * terminal punctuation and are followed by a line starting in lower case.
 */
export function linesLookHardWrapped(lines: readonly WrappedLine[]): boolean {
  if (lines.length < 5) return false;
  let wrapped = 0;
  for (let i = 1; i < lines.length; i++) {
    if (!endsSentence(lines[i - 1].text) && LOWER_START.test(lines[i].text)) wrapped++;
  }
  return wrapped * 3 >= lines.length;
}

/** Lines joined into paragraphs where `starts` says none starts; a word cut at a hyphen joins without a space. */
export function joinParagraphs(lines: readonly WrappedLine[], starts: readonly boolean[]): string[] {
  const paragraphs: string[] = [];
  lines.forEach((line, i) => {
    if (starts[i] || paragraphs.length === 0) paragraphs.push(line.text);
    else {
      const current = paragraphs[paragraphs.length - 1];
      paragraphs[paragraphs.length - 1] = joinsWithoutSpace(current) ? current + line.text : `${current} ${line.text}`;
    }
  });
  return paragraphs;
}

/** Paragraphs of hard-wrapped text, one per line of the result. */
export function unwrapPdfText(text: string): string {
  const lines = readLines(text);
  return joinParagraphs(lines, paragraphStarts(lines)).join('\n');
}

/** True when text looks hard-wrapped (see `linesLookHardWrapped`). */
export function looksHardWrapped(text: string): boolean {
  return linesLookHardWrapped(readLines(text));
}
