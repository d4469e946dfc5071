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

/**
 * The member's sentences the representative lacks (`added`) and the representative's the member
 * lacks (`removed`). `key` gives a sentence's words' key (clustering passes its syllable ids).
 */
export function sentenceDiff(representative: string, member: string, key: (sentence: string) => string = sentenceKey): { added: string[]; removed: string[] } {
  const ours = sentencesOf(representative);
  const theirs = sentencesOf(member);
  const ourKeys = ours.map(key);
  const theirKeys = theirs.map(key);
  const [ourSet, theirSet] = [new Set(ourKeys), new Set(theirKeys)];
  return {
    added: theirs.filter((_, i) => !ourSet.has(theirKeys[i])),
    removed: ours.filter((_, i) => !theirSet.has(ourKeys[i])),
  };
}
