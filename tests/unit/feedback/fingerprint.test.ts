import { describe, expect, it } from 'vitest';
import { fingerprintKey, rowFingerprint } from '../../../main/services/feedback/fingerprint.ts';
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
