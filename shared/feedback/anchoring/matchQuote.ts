/**
 * Finding a quotation in a draft, scored as Hypothesis scores a quote selector (its
 * `match-quote.ts`): approximate matches of the quote (Myers' bit-parallel algorithm, the
 * `approx-string-match` package Hypothesis uses), each scored by the quote's errors (weight 50),
 * how well the text before and after matches the stored prefix and suffix (20 each; 1 when none
 * is stored) and the distance from an expected position (2). Matching is over syllable codes, so
 * errors are whole syllables and tone placement and case make none. Only the blocks that share
 * the quote's rarest bigrams are searched.
 */
import search from 'approx-string-match';
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
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const TOTAL = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

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
  const matches: QuoteMatch[] = [];
  for (const block of candidateBlocks(index, quote, within)) {
    const text = index.codes[block];
    const found = quote.length <= text.length + maxErrors ? search(text, quote, maxErrors) : [];
    let best: QuoteMatch | null = null;
    for (const m of found) {
      const quoteScore = 1 - m.errors / quote.length;
      const prefixScore = prefix ? similarity(text.slice(Math.max(0, m.start - prefix.length), m.start), prefix) : 1;
      const suffixScore = suffix ? similarity(text.slice(m.end, m.end + suffix.length), suffix) : 1;
      const positionScore = hint === null ? 1 : 1 - Math.abs(block - hint) / Math.max(1, index.blocks.length);
      const score =
        (WEIGHTS.quote * quoteScore + WEIGHTS.prefix * prefixScore + WEIGHTS.suffix * suffixScore + WEIGHTS.position * positionScore) / TOTAL;
      if (!best || score > best.score) best = { block, score, quoteScore };
    }
    if (best) matches.push(best);
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

/** 1 − edit distance / length, over syllable codes (prefix and suffix are short). */
function similarity(text: string, pattern: string): number {
  if (pattern.length === 0) return 1;
  const found = search(text, pattern, pattern.length);
  const errors = found.length > 0 ? Math.min(...found.map((m) => m.errors)) : pattern.length;
  return 1 - errors / pattern.length;
}
