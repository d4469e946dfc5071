import { describe, expect, it } from 'vitest';
import { compareKey, foldKey, syllableParts, toNFC } from '../../../shared/text/normalize.ts';

describe('compareKey', () => {
  it.each([
    ['hoà', 'hòa'],
    ['uỷ ban', 'ủy ban'],
    ['HOÀ BÌNH', 'hòa bình'],
    ['thuỷ', 'thủy'],
    ['khoẻ', 'khỏe'],
    ['ho\u0061\u0300', 'hoà'], // decomposed input
    ['  hai   từ ', 'hai từ'],
  ])('treats %j and %j as the same text', (a, b) => {
    expect(compareKey(a)).toBe(compareKey(b));
  });

  it.each([
    ['ma', 'mà'],
    ['mà', 'mả'],
    ['tam', 'tâm'],
    ['dân', 'đân'],
    ['hoa', 'hóa'],
  ])('keeps %j and %j apart', (a, b) => {
    expect(compareKey(a)).not.toBe(compareKey(b));
  });
});

describe('foldKey and toNFC', () => {
  it('drops every diacritic for loose search', () => {
    expect(foldKey('Đảng Cộng sản Việt Nam')).toBe('dang cong san viet nam');
  });
  it('composes decomposed text', () => {
    expect(toNFC('Vie\u0323\u0302t')).toBe('Việt');
  });
});

describe('syllableParts', () => {
  it.each([
    ['hoà', 'hoa', '\u0300'],
    ['HÒA', 'hoa', '\u0300'],
    ['Triển', 'triên', '\u0309'],
    ['Đảng', 'đang', '\u0309'],
    ['ư', 'ư', ''],
  ])('splits %j into %j and its tone', (syllable, bare, tone) => {
    expect(syllableParts(syllable)).toEqual({ bare, tone });
    expect((bare + tone).normalize('NFC')).toBe(compareKey(syllable));
  });
});
