import { describe, expect, it } from 'vitest';
import { matchesTerms, searchKey, searchTerms } from '../../../shared/feedback/table/searchKey.ts';

const finds = (query: string, text: string) => matchesTerms(searchKey(text), searchTerms(query));

describe('the feedback search key', () => {
  it.each([
    ['hoà', 'Giữ vững hòa bình', true],
    ['HÒA', 'giữ vững hoà bình', true],
    ['hoà bình', 'GIỮ VỮNG HÒA   BÌNH', true],
    ['thuỷ nguyên', 'Đảng bộ phường Thủy Nguyên', true],
    ['hoà', 'phát triển văn hóa', false],
    ['hoa', 'phát triển văn hóa và hòa bình', true],
    ['mua', 'cơn mưa bão', false],
    ['mua', 'mùa màng', true],
    ['mưa', 'mùa MƯA bão', true],
    ['đảng', 'đang triển khai', false],
    ['ii.3', 'Mục II.3, trang 5', true],
    ['hoà nhập', 'hòa bình', false],
    ['', 'anything', true],
  ])('"%s" in "%s": %s', (query, text, expected) => {
    expect(finds(query, text)).toBe(expected);
  });

  it('reads NFD input as its NFC text', () => {
    expect(searchKey('ho\u0300a')).toBe(searchKey('hoà'));
    expect(searchKey('Hòa'.normalize('NFD'))).toBe(searchKey('hoà'));
  });

  it('gives a query its distinct terms, longest first, none empty', () => {
    expect(searchTerms('  bình   hoà  bình ')).toEqual([searchKey('bình'), searchKey('hoà')]);
    expect(searchTerms(' \t ')).toEqual([]);
  });
});

describe('the search key of long text', () => {
  it('keeps every syllable and its tone, however many syllables have one', () => {
    const text = 'Mở rộng đối ngoại, hội nhập quốc tế sâu rộng. '.repeat(50);
    const key = searchKey(text);
    expect(key.split(' ').filter(Boolean)).toHaveLength(text.split(' ').filter(Boolean).length);
    expect(matchesTerms(key, searchTerms('rộng.'))).toBe(true);
    expect(key.endsWith(searchKey('rộng. '))).toBe(true);
    expect(matchesTerms(searchKey('mưa'), searchTerms('mu'))).toBe(false);
  });
});
