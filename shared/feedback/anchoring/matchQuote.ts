/**
 * Finding a quotation in a draft, scored as Hypothesis scores a quote selector
 * (shared/text/quotePlace: quote 50, prefix 20, suffix 20, position 2), the position being the
 * distance from an expected block. Matching is over syllable codes, so errors are whole syllables
 * and tone placement and case make none. Only the blocks that share the quote's rarest bigrams
 * are searched.
 */
import { bestQuotePlace } from '../../text/quotePlace.ts';
import type { DraftIndex } from './draftIndex.ts';
import { bigramsOf } from './syllableCodes.ts';

export interface QuoteSelector {
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface QuoteMatch {
  block: number;
  /** The combined score, 0..1, and the quote's own (1 − errors / length). */
  score: number;
  quoteScore: number;
}

/** A quote with more errors than this share of its syllables is not there. */
const MAX_ERROR_SHARE = 0.3;
const CANDIDATES = 8;

/**
 * The best matches of a quote, best first (at most one per block). `hint` is the block expected
 * (from a page number or a referenced place); `within` limits the search to those blocks.
 */
export function matchQuote(index: DraftIndex, selector: QuoteSelector, hint: number | null = null, within?: readonly number[]): QuoteMatch[] {
  const quote = index.coder.encode(selector.exact, false);
  if (quote.length === 0) return [];
  const maxErrors = Math.floor(quote.length * MAX_ERROR_SHARE);
  const prefix = selector.prefix ? index.coder.encode(selector.prefix, false) : '';
  const suffix = selector.suffix ? index.coder.encode(selector.suffix, false) : '';
  const keys = { quote, prefix, suffix };
  const matches: QuoteMatch[] = [];
  for (const block of candidateBlocks(index, quote, within)) {
    const nearness = hint === null ? 1 : 1 - Math.abs(block - hint) / Math.max(1, index.blocks.length);
    const best = bestQuotePlace(index.codes[block], keys, maxErrors, () => nearness);
    if (best) matches.push({ block, score: best.score, quoteScore: best.quoteScore });
  }
  return matches.sort((a, b) => b.score - a.score || a.block - b.block);
}

/** The blocks holding the most of the quote's bigrams, rarest first counted (or `within`, when small). */
function candidateBlocks(index: DraftIndex, quote: string, within?: readonly number[]): number[] {
  if (within && within.length <= CANDIDATES) return [...within];
  const allowed = within ? new Set(within) : null;
  const votes = new Map<number, number>();
  for (const g of bigramsOf(quote)) {
    const weight = index.weight(g);
    for (const block of index.postings.get(g) ?? []) {
      if (!allowed || allowed.has(block)) votes.set(block, (votes.get(block) ?? 0) + weight);
    }
  }
  return [...votes.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, CANDIDATES)
    .map(([block]) => block);
}
