import { syllableInfo } from '../text/searchTokens.ts';

const SYLLABLE = /[\p{L}\p{M}]+/gu;

/**
 * A key of `text` of exactly its length, for finding a quote again: each syllable replaced by its
 * `compareKey` (shared/text, memoised by syllableInfo), so "hoà" and "hòa" or "Uỷ" and "ủy" are
 * the same key, and offsets in the key are offsets in the text. A syllable whose key would change
 * its length (letters outside Vietnamese whose case or composition changes their size) keeps its
 * own characters, lower-cased when that keeps them.
 */
export function searchKey(text: string): string {
  return text.replace(SYLLABLE, (syllable) => {
    const { key } = syllableInfo(syllable);
    if (key.length === syllable.length) return key;
    const lower = syllable.toLowerCase();
    return lower.length === syllable.length ? lower : syllable;
  });
}
