/**
 * The quoted stretches of a comment: “…”, «…», ‘…’, "…" and '…'. One pass over the text's quote
 * marks and line breaks with at most one quote open, so the cost is linear whatever the text: an
 * opener never closed is dropped at a line break or at the first mark after MAX_QUOTE characters,
 * and the scan goes on from there; nothing is rescanned.
 */

export interface QuotedSpan {
  /** The quote marks included: [from, to). */
  from: number;
  to: number;
  /** The wording inside the marks, trimmed. */
  value: string;
  /** Where `value` starts and ends in the text. */
  valueFrom: number;
  valueTo: number;
}

/** A quotation longer than this is not a quotation of wording but an unclosed mark. */
export const MAX_QUOTE = 1000;

const CLOSER: Record<string, string> = { '“': '”', '«': '»', '‘': '’', '"': '"', "'": "'" };
const WORDLIKE = /[\p{L}\p{N}]/u;

function isWordlike(char: string | undefined): boolean {
  return char !== undefined && WORDLIKE.test(char);
}

/** An apostrophe opens a quote only between a non-letter and a non-space ("l'eau" does not). */
function opensAt(text: string, i: number): boolean {
  const char = text[i];
  if (!(char in CLOSER)) return false;
  if (char !== "'") return true;
  return !isWordlike(text[i - 1]) && i + 1 < text.length && !/\s/u.test(text[i + 1]);
}

function closesAt(text: string, i: number, closer: string): boolean {
  return text[i] === closer && (closer !== "'" || !isWordlike(text[i + 1]));
}

/** The characters the scan stops at: quote marks and line breaks (the rest is skipped natively). */
const MARKS = /[“”«»‘’"'\n]/gu;

export function quotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let openAt = -1;
  let closer = '';
  for (const m of text.matchAll(MARKS)) {
    const i = m.index;
    const char = m[0];
    if (openAt >= 0) {
      const tooLong = i - openAt > MAX_QUOTE;
      if (!tooLong && closesAt(text, i, closer)) {
        const span = spanOf(text, openAt, i);
        if (span) spans.push(span);
        openAt = -1;
        continue;
      }
      if (char !== '\n' && !tooLong && !(char === text[openAt] && closer !== char)) continue;
      openAt = -1; // dropped: too long, a line break, or a second opener of the same kind
    }
    if (char !== '\n' && opensAt(text, i)) {
      openAt = i;
      closer = CLOSER[char];
    }
  }
  return spans;
}

function spanOf(text: string, openAt: number, closeAt: number): QuotedSpan | null {
  const inner = text.slice(openAt + 1, closeAt);
  const value = inner.trim();
  if (!WORDLIKE.test(value)) return null;
  const valueFrom = openAt + 1 + (inner.length - inner.trimStart().length);
  return { from: openAt, to: closeAt + 1, value, valueFrom, valueTo: valueFrom + value.length };
}
