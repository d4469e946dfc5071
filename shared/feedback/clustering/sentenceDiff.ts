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
  return sentenceDiffer(representative, key)(member);
}

/**
 * `sentenceDiff` against one representative, for many members: the representative's sentences
 * are split and keyed once (a form-letter cluster has hundreds of members).
 */
export function sentenceDiffer(representative: string, key: (sentence: string) => string = sentenceKey): (member: string) => { added: string[]; removed: string[] } {
  const ours = sentencesOf(representative);
  const ourKeys = ours.map(key);
  const ourSet = new Set(ourKeys);
  return (member) => {
    const theirs = sentencesOf(member);
    const theirKeys = theirs.map(key);
    const theirSet = new Set(theirKeys);
    return {
      added: theirs.filter((_, i) => !ourSet.has(theirKeys[i])),
      removed: ours.filter((_, i) => !theirSet.has(ourKeys[i])),
    };
  };
}
