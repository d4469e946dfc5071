/**
 * The keys a source name is matched by, as committees write names: case and tone placement
 * ignored (`compareKey`: "Thuỷ" = "Thủy"), abbreviations expanded (ĐB → đảng bộ, P. → phường,
 * X. → xã, TT. → thị trấn, Q. → quận, H. → huyện, TP. → thành phố), and the organisation's kind
 * ("Đảng bộ", "Chi bộ", "Đảng ủy") dropped, so "ĐB phường Thuỷ Nguyên", "Đảng bộ phường Thủy
 * Nguyên" and "P. Thủy Nguyên" share the key "phường thủy nguyên".
 */
import { compareKey } from '../../text/normalize.ts';

/** Abbreviation (its compareKey, without the dot) → what it stands for. Only whole tokens. */
const ABBREVIATIONS: Record<string, string> = {
  đb: 'đảng bộ',
  đu: 'đảng ủy',
  cb: 'chi bộ',
  p: 'phường',
  x: 'xã',
  tt: 'thị trấn',
  q: 'quận',
  h: 'huyện',
  tp: 'thành phố',
};

/** Words naming the kind of party organisation, dropped from the key (longest first). */
const ORGANISATION_WORDS = ['ban thường vụ', 'đảng bộ', 'đảng ủy', 'chi bộ', 'đảng đoàn', 'ban cán sự đảng'].map(compareKey);

/** Words naming the kind of unit; a name without one can still match when only one unit has its name. */
const UNIT_WORDS = ['phường', 'xã', 'thị trấn', 'quận', 'huyện', 'thành phố', 'tỉnh', 'đặc khu'].map(compareKey);

/** The name with abbreviations expanded and punctuation dropped, as a compare key. */
export function expandedKey(name: string): string {
  const tokens = compareKey(name)
    .replace(/[.,;:()"“”'‘’\-–—/]+/gu, (mark) => (mark.includes('.') ? '. ' : ' '))
    .split(/\s+/u)
    .filter((token) => token !== '' && token !== '.');
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i].replace(/\.$/u, '');
    const expansion = ABBREVIATIONS[token];
    // A one-letter abbreviation ("P.", "X.") counts only with its dot; "ĐB", "TT", "TP" without one.
    out.push(expansion && (tokens[i].endsWith('.') || token.length > 1) ? expansion : token);
  }
  return compareKey(out.join(' ').replace(/\./gu, ''));
}

/** The key without the organisation's kind: "đảng bộ phường thủy nguyên" → "phường thủy nguyên". */
export function coreKey(name: string): string {
  let key = ` ${expandedKey(name)} `;
  for (const word of ORGANISATION_WORDS) key = key.split(` ${word} `).join(' ');
  return key.trim().replace(/\s+/gu, ' ');
}

/** The core key without a leading unit word: "phường thủy nguyên" → "thủy nguyên"; null when it has none. */
export function bareKey(core: string): string | null {
  for (const word of UNIT_WORDS) if (core.startsWith(`${word} `)) return core.slice(word.length + 1);
  return null;
}
