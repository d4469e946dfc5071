/**
 * The best place of a quote in a text, scored as Hypothesis scores a quote selector (its
 * `match-quote.ts`): approximate matches of the quote (Myers' bit-parallel algorithm, the
 * `approx-string-match` package Hypothesis uses), each scored by the quote's errors (weight 50),
 * how well the text before and after agrees with the stored prefix and suffix (20 each; 1 when
 * none is stored) and how near it is to where it was expected (2).
 *
 * Text, quote, prefix and suffix are keys of one kind, made by the caller: comments search
 * `searchKey`s (errors are characters), feedback anchoring syllable codes (errors are syllables).
 */
import search from 'approx-string-match';

export interface QuotePlace {
  start: number;
  end: number;
  /** 0..1: quote, context and position together (1 when all agree exactly). */
  score: number;
  /** 0..1: the quote's own, 1 − errors / its length. */
  quoteScore: number;
}

export interface QuoteKeys {
  quote: string;
  /** '' when none is stored. */
  prefix: string;
  suffix: string;
}

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const TOTAL = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

/**
 * The best-scored place of `keys.quote` in `text` with at most `maxErrors` errors, or null.
 * `positionScore(start)` is 0..1, how near `start` is to where the quote was expected.
 */
export function bestQuotePlace(text: string, keys: QuoteKeys, maxErrors: number, positionScore: (start: number) => number): QuotePlace | null {
  const { quote, prefix, suffix } = keys;
  if (quote.length === 0 || quote.length > text.length + maxErrors) return null;
  const found = maxErrors === 0 ? exactMatches(text, quote) : search(text, quote, maxErrors);
  let best: QuotePlace | null = null;
  for (const m of found) {
    const quoteScore = 1 - m.errors / quote.length;
    const prefixScore = prefix ? similarity(text.slice(Math.max(0, m.start - prefix.length), m.start), prefix) : 1;
    const suffixScore = suffix ? similarity(text.slice(m.end, m.end + suffix.length), suffix) : 1;
    const score =
      (WEIGHTS.quote * quoteScore + WEIGHTS.prefix * prefixScore + WEIGHTS.suffix * suffixScore + WEIGHTS.position * positionScore(m.start)) / TOTAL;
    if (!best || score > best.score) best = { start: m.start, end: m.end, score, quoteScore };
  }
  return best;
}

/** What `search` returns with no errors allowed (every occurrence, in order), without its bit vectors. */
function exactMatches(text: string, quote: string): { start: number; end: number; errors: number }[] {
  const found = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push({ start: at, end: at + quote.length, errors: 0 });
  return found;
}

/** 1 − the edit distance of two short strings over the expected one's length. */
function similarity(actual: string, expected: string): number {
  const found = search(actual, expected, expected.length);
  const errors = found.length === 0 ? expected.length : Math.min(...found.map((m) => m.errors));
  return 1 - errors / expected.length;
}
