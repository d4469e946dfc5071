import { describe, expect, it } from 'vitest';
import { matchesTerms, searchKey, searchTerms } from '../../../shared/feedback/table/searchKey.ts';
import { themeOfKey } from '../../../shared/feedback/table/themes.ts';

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

describe('the suggested theme of a comment', () => {
  it.each([
    ['Đề nghị làm rõ trách nhiệm của cấp ủy và chi bộ trong công tác cán bộ', 'party'],
    ['Bổ sung giải pháp thu hút đầu tư, phát triển doanh nghiệp và hạ tầng giao thông', 'economy'],
    ['Cần nhấn mạnh giáo dục, y tế và việc làm cho thanh niên', 'society'],
    ['Xử lý ô nhiễm môi trường làng nghề', 'environment'],
    ['Giữ vững quốc phòng, an ninh, trật tự an toàn xã hội', 'defence'],
    ['Mở rộng đối ngoại và hội nhập quốc tế', 'foreign'],
    ['Chỉ tiêu (7) nên nâng tỷ lệ lên 95%', 'targets'],
    ['Thay tên gọi cho phù hợp', 'other'],
    ['Công việc đang triển khai', 'other'],
  ])('"%s" is %s', (text, theme) => {
    expect(themeOfKey(searchKey(text))).toBe(theme);
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
