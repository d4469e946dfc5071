import search from 'approx-string-match';
import { searchKey } from './searchKey.ts';

/** What a quote is searched for with, its context and where it was (TextAnchor's fields). */
export interface QuoteSelector {
  quote: string;
  prefix: string;
  suffix: string;
  /** Where the quote was, as an offset of the searched text. */
  position: number;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** 0–1: how well the quote, its prefix and suffix and its position agree (1 for all exact). */
  score: number;
}

/** Weights of Hypothesis' match-quote.js: the quote first, then its context, then its position. */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const TOTAL = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

/**
 * The best place of a quote in `text`, scored as Hypothesis scores it: how many characters of
 * the quote differ (at most `maxErrorRatio` of its length), how well the text before and after
 * agrees with the prefix and suffix, and how near it is to where it was. Case and where a tone
 * mark sits are ignored ("hoà" finds "hòa"). Null when no place is close enough. `textKey` is
 * `searchKey(text)` when the caller already has it (one document, many anchors).
 */
export function matchQuote(text: string, selector: QuoteSelector, maxErrorRatio: number, textKey?: string): QuoteMatch | null {
  const quote = searchKey(selector.quote);
  if (quote.length === 0) return null;
  const haystack = textKey ?? searchKey(text);
  const maxErrors = Math.min(256, Math.floor(quote.length * maxErrorRatio));
  const candidates = maxErrors === 0 ? exactMatches(haystack, quote) : search(haystack, quote, maxErrors);
  let best: QuoteMatch | null = null;
  for (const candidate of candidates) {
    const score = scoreOf(haystack, candidate, quote, selector);
    if (!best || score > best.score) best = { start: candidate.start, end: candidate.end, score };
  }
  return best;
}

function exactMatches(haystack: string, quote: string): { start: number; end: number; errors: number }[] {
  const found = [];
  for (let at = haystack.indexOf(quote); at !== -1; at = haystack.indexOf(quote, at + 1)) found.push({ start: at, end: at + quote.length, errors: 0 });
  return found;
}

function scoreOf(haystack: string, match: { start: number; end: number; errors: number }, quote: string, selector: QuoteSelector): number {
  const prefix = searchKey(selector.prefix);
  const suffix = searchKey(selector.suffix);
  const quoteScore = 1 - match.errors / quote.length;
  const prefixScore = prefix ? similarity(haystack.slice(Math.max(0, match.start - prefix.length), match.start), prefix) : 1;
  const suffixScore = suffix ? similarity(haystack.slice(match.end, match.end + suffix.length), suffix) : 1;
  const positionScore = haystack.length === 0 ? 1 : 1 - Math.abs(match.start - selector.position) / haystack.length;
  return (WEIGHTS.quote * quoteScore + WEIGHTS.prefix * prefixScore + WEIGHTS.suffix * suffixScore + WEIGHTS.position * positionScore) / TOTAL;
}

/** 1 − the edit distance of two short strings over the longer's length. */
function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  const found = search(actual, expected, expected.length);
  const errors = found.length === 0 ? expected.length : Math.min(...found.map((m) => m.errors));
  return 1 - errors / expected.length;
}
