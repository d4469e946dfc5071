import { compareKey } from '../../text/normalize.ts';

/** A tag suggested for a comment: the code, how strongly (0..1), and the tagged comments it came from. */
export interface TagSuggestion {
  codeId: string;
  score: number;
  from: string[];
}

/** The comments a suggestion looks at: the most similar tagged ones, at least this similar. */
const NEIGHBOURS = 5;
const MIN_SIMILARITY = 0.2;

/** Pairs of neighbouring syllables of a text, on comparison keys (tone placement and case blind). */
function bigrams(text: string): Set<string> {
  const words = compareKey(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const grams = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) grams.add(`${words[i]} ${words[i + 1]}`);
  return grams;
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * Tags for `text` from similar comments that are tagged already: the NEIGHBOURS most similar
 * (Dice over syllable bigrams, at least MIN_SIMILARITY), each voting for its codes with its
 * similarity; a code's score is its votes over the neighbours' total. Codes the comment has
 * are not suggested. Best first.
 */
export function suggestTags(
  text: string,
  has: ReadonlySet<string>,
  tagged: readonly { itemId: string; text: string; codeIds: readonly string[] }[],
): TagSuggestion[] {
  const own = bigrams(text);
  const neighbours = tagged
    .map((other) => ({ other, score: similarity(own, bigrams(other.text)) }))
    .filter((n) => n.score >= MIN_SIMILARITY)
    .sort((a, b) => b.score - a.score)
    .slice(0, NEIGHBOURS);
  const total = neighbours.reduce((sum, n) => sum + n.score, 0);
  const votes = new Map<string, { score: number; from: string[] }>();
  for (const { other, score } of neighbours) {
    for (const codeId of other.codeIds) {
      if (has.has(codeId)) continue;
      const vote = votes.get(codeId) ?? { score: 0, from: [] };
      vote.score += score;
      vote.from.push(other.itemId);
      votes.set(codeId, vote);
    }
  }
  return [...votes.entries()]
    .map(([codeId, vote]) => ({ codeId, score: Math.round((vote.score / total) * 100) / 100, from: vote.from }))
    .sort((a, b) => b.score - a.score || a.codeId.localeCompare(b.codeId));
}
