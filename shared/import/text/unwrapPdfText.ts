/**
 * Joins lines hard-wrapped by a PDF export back into paragraphs. Such text breaks every line at
 * the page width, often with a blank line after each, so blank lines say little; what says a
 * paragraph ends is: the next line starts with a numbering label, is indented and capitalised,
 * or is in capitals (a title); or this line is short for the page and ends a sentence.
 * A line ending in a hyphen inside a word ("1669/NQ-" + "UBTVQH15") is joined without a space.
 */
import { matchLabel } from './labels.ts';

interface Line {
  text: string; // trimmed
  indented: boolean;
  gap: number; // blank lines before it
}

const TERMINAL = /[.:;!?…]["”’)»]*$/u;
const CONTINUES = /[,(\-–]$/u;
const LOWER_START = /^\p{Ll}/u;
const UPPER_START = /^["“‘(]?[\p{Lu}\d]/u;
/** A line shorter than this share of a full line ends its paragraph, unless it ends in a comma. */
const SHORT_SHARE = 0.75;
/** A line that ends a sentence and is shorter than this share of a full line ends its paragraph. */
const SENTENCE_END_SHARE = 0.95;

function readLines(text: string): Line[] {
  const lines: Line[] = [];
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
function fullLineLength(lines: readonly Line[]): number {
  const lengths = lines.map((l) => l.text.length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.8)] ?? 0;
}

/** True when `next` starts a new paragraph after `prev`. */
function breaksBefore(prev: Line, next: Line, full: number): boolean {
  if (matchLabel(next.text)) return true;
  if (next.gap >= 2) return true;
  if (LOWER_START.test(next.text)) return false;
  if (isCapitals(prev.text) || isCapitals(next.text)) return true;
  if (next.indented && UPPER_START.test(next.text)) return true;
  if (!UPPER_START.test(next.text)) return false;
  // A full line may end a sentence and still be wrapped mid-paragraph: only a shorter one ends it.
  if (TERMINAL.test(prev.text)) return prev.text.length < full * SENTENCE_END_SHARE;
  return prev.text.length < full * SHORT_SHARE && !CONTINUES.test(prev.text);
}

/** Paragraphs of hard-wrapped text, one per line of the result. */
export function unwrapPdfText(text: string): string {
  const lines = readLines(text);
  const full = fullLineLength(lines);
  const paragraphs: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    if (i > 0 && breaksBefore(lines[i - 1], line, full)) {
      paragraphs.push(current);
      current = '';
    }
    if (!current) current = line.text;
    else if (/[\p{L}\d]-$/u.test(current)) current += line.text;
    else current += ` ${line.text}`;
  });
  if (current) paragraphs.push(current);
  return paragraphs.join('\n');
}

/**
 * True when text looks hard-wrapped: at least 5 lines, and at least a third of them end without
 * terminal punctuation and are followed by a line starting in lower case.
 */
export function looksHardWrapped(text: string): boolean {
  const lines = readLines(text);
  if (lines.length < 5) return false;
  let wrapped = 0;
  for (let i = 1; i < lines.length; i++) {
    if (!TERMINAL.test(lines[i - 1].text) && LOWER_START.test(lines[i].text)) wrapped++;
  }
  return wrapped * 3 >= lines.length;
}
