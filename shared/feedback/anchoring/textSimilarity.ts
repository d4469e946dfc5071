/**
 * How much of a comment's wording a block holds: the idf-weighted share of the comment's syllable
 * bigrams (those the draft has at all) that the block has. Rare pairs of words say more than
 * "phát triển" does; the comment's own words ("đề nghị", a place name) count for nothing because
 * the draft does not have them.
 */
import type { DraftIndex } from './draftIndex.ts';
import { bigramsOf } from './syllableCodes.ts';

export interface Similar {
  block: number;
  score: number;
}

/** Blocks by similarity to `text`, best first; only `within` when given. At most `limit`. */
export function similarBlocks(index: DraftIndex, text: string, within?: readonly number[], limit = 5): Similar[] {
  const grams = bigramsOf(index.coder.encode(text, false)).filter((g) => index.postings.has(g));
  let total = 0;
  for (const g of grams) total += index.weight(g);
  if (total === 0) return [];
  const allowed = within ? new Set(within) : null;
  const scores = new Map<number, number>();
  for (const g of grams) {
    const weight = index.weight(g);
    for (const block of index.postings.get(g)!) {
      if (!allowed || allowed.has(block)) scores.set(block, (scores.get(block) ?? 0) + weight);
    }
  }
  return [...scores.entries()]
    .map(([block, score]) => ({ block, score: score / total }))
    .sort((a, b) => b.score - a.score || a.block - b.block)
    .slice(0, limit);
}
