import { bestQuotePlace } from '../text/quotePlace.ts';
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

/**
 * The best place of a quote in `text`, scored as Hypothesis scores it (shared/text/quotePlace):
 * how many characters of the quote differ (at most `maxErrorRatio` of its length), how well the
 * text before and after agrees with the prefix and suffix, and how near it is to where it was.
 * Case and where a tone mark sits are ignored ("hoà" finds "hòa"). Null when no place is close
 * enough. `textKey` is `searchKey(text)` when the caller already has it (one document, many anchors).
 */
export function matchQuote(text: string, selector: QuoteSelector, maxErrorRatio: number, textKey?: string): QuoteMatch | null {
  const quote = searchKey(selector.quote);
  const haystack = textKey ?? searchKey(text);
  const maxErrors = Math.min(256, Math.floor(quote.length * maxErrorRatio));
  const keys = { quote, prefix: searchKey(selector.prefix), suffix: searchKey(selector.suffix) };
  const nearness = (start: number) => (haystack.length === 0 ? 1 : 1 - Math.abs(start - selector.position) / haystack.length);
  const best = bestQuotePlace(haystack, keys, maxErrors, nearness);
  return best && { start: best.start, end: best.end, score: best.score };
}
