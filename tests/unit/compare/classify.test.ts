import { describe, expect, it } from 'vitest';
import { classifyHunk } from '../../../shared/compare/classifyHunk.ts';
import { diffText } from '../../../shared/compare/diffText.ts';
import { mostSerious } from '../../../shared/compare/types.ts';
import { parseVnNumber } from '../../../shared/compare/vnNumber.ts';

describe('parseVnNumber', () => {
  it.each([
    ['1.234,5', 1234.5],
    ['7,5', 7.5],
    ['11.247', 11247],
    ['100.000', 100000],
    ['05', 5],
    ['0,8', 0.8],
    ['7.5', 7.5],
    ['2030', 2030],
  ])('reads %j as %d', (text, value) => expect(parseVnNumber(text)).toBe(value));

  it('refuses what is not a number', () => {
    expect(parseVnNumber('QH15')).toBeNull();
    expect(parseVnNumber('')).toBeNull();
  });
});

/** The class of the whole change between two texts, as the engine reports it for a block. */
const classOf = (a: string, b: string) => mostSerious(diffText(a, b).map((t) => t.class));

describe('change classes', () => {
  it.each([
    // numbers compared as numbers
    ['tỷ trọng đạt 47 - 48%; tỷ trọng', 'tỷ trọng đạt 47% - 48%; tỷ trọng', 'punctuation'],
    ['Thành lập từ 200 - 220 tổ chức đảng', 'Thành lập từ 220 tổ chức đảng', 'number'],
    ['đạt 11.247 USD/người', 'đạt 11.347 USD/người', 'number'],
    ['có 05 nội dung', 'có 5 nội dung', 'punctuation'],
    ['khoảng 87.000 doanh nghiệp', 'khoảng 87000 doanh nghiệp', 'punctuation'],
    // orthography
    ['Uỷ ban nhân dân', 'Ủy ban nhân dân', 'orthography'],
    ['hiện đại hoá, công nghiệp hoá', 'hiện đại hóa, công nghiệp hóa', 'orthography'],
    ['Nhân dân', 'nhân dân', 'orthography'],
    ['hoà bình', 'ho\u0061\u0300 bình', 'orthography'],
    // punctuation and spacing
    ['chính trị, trật tự', 'chính trị; trật tự', 'punctuation'],
    ['an ninh  quốc phòng', 'an ninh quốc phòng', 'punctuation'],
    ['đoàn kết - dân chủ', 'đoàn kết – dân chủ', 'punctuation'],
    // substantive
    ['tăng 15%/năm', 'giảm 15%/năm', 'substantive'],
    ['phát triển nhanh', 'phát triển nhanh và bền vững', 'substantive'],
    ['đạt 47%', 'đạt 47 điểm', 'substantive'],
    ['ma', 'mà', 'substantive'],
  ])('%j → %j is %s', (a, b, cls) => expect(classOf(a, b)).toBe(cls));

  it('ranks a change by its most serious part', () => {
    expect(classOf('Uỷ ban tăng 10%, ổn định', 'Ủy ban tăng 12%; ổn định')).toBe('number');
    expect(classOf('Uỷ ban tăng 10%', 'Ủy ban giảm 12%')).toBe('substantive');
  });

  it('classes a stretch with both tone and punctuation changes as punctuation', () => {
    expect(classifyHunk('hoà,', 'hòa.')).toBe('punctuation');
  });
});

describe('diffText', () => {
  it('widens changes to whole words and keeps both texts recoverable', () => {
    const a = 'đạt 47 - 48%; tỷ trọng';
    const b = 'đạt 47% - 48%; tỷ trọng';
    const tokens = diffText(a, b);
    expect(tokens).toEqual([
      { op: 'equal', text: 'đạt ' },
      { op: 'delete', text: '47', class: 'punctuation' },
      { op: 'insert', text: '47%', class: 'punctuation' },
      { op: 'equal', text: ' - 48%; tỷ trọng' },
    ]);
    expect(tokens.filter((t) => t.op !== 'insert').map((t) => t.text).join('')).toBe(a);
    expect(tokens.filter((t) => t.op !== 'delete').map((t) => t.text).join('')).toBe(b);
  });

  it('does not widen an inserted word past the spaces around it', () => {
    expect(diffText('phát triển bền vững', 'phát triển nhanh và bền vững')).toEqual([
      { op: 'equal', text: 'phát triển ' },
      { op: 'insert', text: 'nhanh và ', class: 'substantive' },
      { op: 'equal', text: 'bền vững' },
    ]);
  });

  it('shows a replaced phrase as one replacement, not alternating syllables', () => {
    expect(diffText('Một là, trước hết phải', 'Một là, chủ yếu phải')).toEqual([
      { op: 'equal', text: 'Một là, ' },
      { op: 'delete', text: 'trước hết', class: 'substantive' },
      { op: 'insert', text: 'chủ yếu', class: 'substantive' },
      { op: 'equal', text: ' phải' },
    ]);
  });

  it('gives one equal run for equal texts', () => {
    expect(diffText('Một là,', 'Một là,')).toEqual([{ op: 'equal', text: 'Một là,' }]);
  });
});
