/** The five Vietnamese tone marks as combining characters (NFD). */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const SYLLABLE = /[\p{L}\p{M}]+/gu;

/**
 * A key of `text` of exactly its length, for finding a quote again: lower case, and each
 * syllable's tone mark moved to the end of the syllable (as compareKey in shared/text), so "hoà"
 * and "hòa" or "Uỷ" and "ủy" are the same key, and offsets in the key are offsets in the text.
 * A syllable whose key would change its length (letters outside Vietnamese whose case or
 * composition changes their size) keeps its own characters, lower-cased when that keeps them.
 */
export function searchKey(text: string): string {
  return text.replace(SYLLABLE, (syllable) => {
    const nfd = syllable.normalize('NFD').toLowerCase();
    const tones = nfd.match(TONE_MARKS);
    const key = (nfd.replace(TONE_MARKS, '') + (tones ? tones[0] : '')).normalize('NFC');
    if (key.length === syllable.length) return key;
    const lower = syllable.toLowerCase();
    return lower.length === syllable.length ? lower : syllable;
  });
}
