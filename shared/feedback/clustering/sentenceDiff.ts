/**
 * The sentences in which a near-duplicate differs from its cluster's representative, so that an
 * organisation's added point is shown, never hidden inside a form-letter cluster. Sentences end
 * at . ! ? or a line break (not at ";" or ",": punctuation changed between copies is no
 * difference) and are compared by their words' keys (case, tone placement, punctuation and
 * spacing aside).
 */
import { compareKey } from '../../text/normalize.ts';

const SENTENCE_END = /(?<=[.!?…])\s+|\n+/u;
const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/gu;

export function sentencesOf(text: string): string[] {
  return text
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

function sentenceKey(sentence: string): string {
  return compareKey(sentence.replace(NOT_WORD, ' '));
}

/** The member's sentences the representative lacks (`added`) and the representative's the member lacks (`removed`). */
export function sentenceDiff(representative: string, member: string): { added: string[]; removed: string[] } {
  const ours = sentencesOf(representative);
  const theirs = sentencesOf(member);
  const ourKeys = new Set(ours.map(sentenceKey));
  const theirKeys = new Set(theirs.map(sentenceKey));
  return {
    added: theirs.filter((s) => !ourKeys.has(sentenceKey(s))),
    removed: ours.filter((s) => !theirKeys.has(sentenceKey(s))),
  };
}
