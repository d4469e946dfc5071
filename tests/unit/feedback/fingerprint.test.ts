import { describe, expect, it } from 'vitest';
import { fingerprintKey, fingerprintOf, rowFingerprint } from '../../../main/services/feedback/fingerprint.ts';
import { compareKey } from '../../../shared/text/normalize.ts';
import { corpusParagraphs } from '../../fixtures/generators/corpus.ts';

const swapTones = (text: string) => text.replace(/òa/gu, 'oà').replace(/ủy/gu, 'uỷ').replace(/óa/gu, 'oá').replace(/ùy/gu, 'uỳ');

describe('fingerprintKey', () => {
  const paragraphs = corpusParagraphs().map((p) => p.text);

  it('is equal exactly when compareKey is, on the corpus and its re-typed variants', () => {
    for (const [i, text] of paragraphs.entries()) {
      const variant = `  ${swapTones(text).toUpperCase().replace(/ /gu, '   ')} `;
      expect(compareKey(variant)).toBe(compareKey(text));
      expect(fingerprintKey(variant)).toBe(fingerprintKey(text));
      const other = paragraphs[(i + 1) % paragraphs.length];
      expect(fingerprintKey(other) === fingerprintKey(text)).toBe(compareKey(other) === compareKey(text));
    }
  });

  it('keeps the other diacritics and the tone itself significant', () => {
    expect(fingerprintKey('mà')).not.toBe(fingerprintKey('ma'));
    expect(fingerprintKey('mả')).not.toBe(fingerprintKey('mà'));
    expect(fingerprintKey('hoà bình')).toBe(fingerprintKey('HÒA BÌNH'));
    expect(rowFingerprint('Đề nghị sửa', 'P. Thủy Nguyên')).toBe(rowFingerprint('đề nghị  sửa', 'P. Thuỷ Nguyên'));
    expect(rowFingerprint('Đề nghị sửa', 'P. Thủy Nguyên')).not.toBe(rowFingerprint('Đề nghị sửa', 'X. An Lão'));
  });
});

/** The first fingerprintKey (three regex tests per character): stored fingerprints were made with it. */
function firstFingerprintKey(text: string): string {
  let out = '';
  let tone = '';
  let space = false;
  for (const ch of text.normalize('NFD').toLowerCase()) {
    if (/[\u0300\u0301\u0303\u0309\u0323]/u.test(ch)) { tone = ch; continue; }
    if (/[\p{L}\p{M}]/u.test(ch)) {
      if (space && out !== '') out += ' ';
      space = false;
      out += ch;
      continue;
    }
    out += tone;
    tone = '';
    if (/\s/u.test(ch)) { space = true; continue; }
    if (space && out !== '') out += ' ';
    space = false;
    out += ch;
  }
  return out + tone;
}

describe('fingerprintKey, table-driven', () => {
  it('gives the very keys of the first version (fingerprints already stored stay valid)', () => {
    const odd = [
      '', ' ', '\t\n', 'Á', 'a\u0301', '\u0301a', 'Mục II.3: thay “hoà” bằng “hòa”!', '  HOÀ   BÌNH  ', 'x\u00a0y\u2003z',
      '𝐀𝐁 chữ ngoài BMP 😀 và 𝕏', 'lẻ \ud800 nửa \udc00 cặp \ud83d', 'đ\u0323\u0300 hai dấu', '123 4,5 %', 'Ǆ ǅ ǆ İ ẞ',
    ];
    const texts = [...odd, ...corpusParagraphs().map((p) => p.text).slice(0, 400)];
    for (const text of texts) {
      expect(fingerprintKey(text)).toBe(firstFingerprintKey(text));
      expect(fingerprintKey(text.toUpperCase())).toBe(firstFingerprintKey(text.toUpperCase()));
    }
  });

  it('fingerprintOf gives rowFingerprint, with the source keyed once per name', () => {
    const fingerprint = fingerprintOf();
    for (const [text, source] of [['Đề nghị sửa', 'P. Thủy Nguyên'], ['Đề nghị sửa', 'P. Thuỷ Nguyên'], ['Khác', null], ['Khác', ''], ['Đề nghị sửa', 'X. An Lão']] as const) {
      expect(fingerprint(text, source)).toBe(rowFingerprint(text, source));
    }
    expect(fingerprint('Khác', null)).toBe(fingerprint('Khác', ''));
    expect(fingerprint('Đề nghị sửa', 'P. Thủy Nguyên')).not.toBe(fingerprint('Đề nghị sửa', 'X. An Lão'));
  });
});
