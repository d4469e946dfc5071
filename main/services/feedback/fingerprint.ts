import { createHash } from 'node:crypto';

/** The SHA-256 of a file's bytes, hex. */
export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;

/** What a character is to the key (0: not classified yet). */
const TONE_KIND = 1;
const LETTER_KIND = 2;
const SPACE_KIND = 3;
const OTHER_KIND = 4;
// Per UTF-16 unit, classified by the regexes above once (a 20,000-row import reads 4 million
// characters: three regex tests per character were most of the key's time).
const UNIT_KIND = new Uint8Array(0x10000);

function kindOf(ch: string): number {
  if (TONE.test(ch)) return TONE_KIND;
  if (LETTER_OR_MARK.test(ch)) return LETTER_KIND;
  return SPACE.test(ch) ? SPACE_KIND : OTHER_KIND;
}

/**
 * A key equal for two texts exactly when their `compareKey`s are (case, tone placement and runs
 * of white space aside), in one pass: lower-cased NFD with each syllable's tone mark moved to its
 * end. `compareKey` (a regex callback and a recomposition per syllable) took 28 µs for a
 * 200-character comment, 0.56 s of a 20,000-row import; this is what the fingerprint needs.
 * Stored fingerprints are made of it: its output never changes (tests/unit/feedback/fingerprint
 * keeps the first, per-character-regex version to compare with).
 */
export function fingerprintKey(text: string): string {
  const folded = text.normalize('NFD').toLowerCase();
  let out = '';
  let tone = '';
  let space = false;
  for (let i = 0; i < folded.length; i++) {
    const unit = folded.charCodeAt(i);
    let ch: string;
    let kind: number;
    const next = unit >= 0xd800 && unit <= 0xdbff ? folded.charCodeAt(i + 1) : 0;
    if (next >= 0xdc00 && next <= 0xdfff) {
      // A character beyond the BMP (its two halves): classified on its own, rare in comments.
      ch = folded.slice(i, i + 2);
      kind = kindOf(ch);
      i++;
    } else {
      ch = folded[i];
      kind = UNIT_KIND[unit];
      if (kind === 0) UNIT_KIND[unit] = kind = kindOf(ch);
    }
    if (kind === TONE_KIND) { tone = ch; continue; }
    if (kind === LETTER_KIND) {
      if (space && out !== '') out += ' ';
      space = false;
      out += ch;
      continue;
    }
    out += tone;
    tone = '';
    if (kind === SPACE_KIND) { space = true; continue; }
    if (space && out !== '') out += ' ';
    space = false;
    out += ch;
  }
  return out + tone;
}

/**
 * What makes two rows the same comment for "import only new rows": its text and source by
 * their keys (a re-export that changed tone placement, case or spacing is still the same row).
 */
export const rowFingerprint = (text: string, source: string | null): string =>
  createHash('sha256').update(`${fingerprintKey(text)}\u0000${fingerprintKey(source ?? '')}`).digest('base64url');

/** `rowFingerprint` for the rows of one file: its few source names are keyed once each. */
export function fingerprintOf(): (text: string, source: string | null) => string {
  const sourceKeys = new Map<string, string>();
  return (text, source) => {
    const name = source ?? '';
    let key = sourceKeys.get(name);
    if (key === undefined) sourceKeys.set(name, (key = fingerprintKey(name)));
    return createHash('sha256').update(`${fingerprintKey(text)}\u0000${key}`).digest('base64url');
  };
}
