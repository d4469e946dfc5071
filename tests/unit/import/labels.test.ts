import { describe, expect, it } from 'vitest';
import { matchLabel } from '../../../shared/import/index.ts';

describe('matchLabel', () => {
  it.each([
    ['Phần thứ nhất: ĐÁNH GIÁ', 'part', null, 'Phần thứ nhất:'],
    ['PHẦN THỨ HAI', 'part', null, 'PHẦN THỨ HAI'],
    ['I. VỀ CÔNG TÁC CHUẨN BỊ', 'section', null, 'I.'],
    ['XIV. Tiếp tục', 'section', null, 'XIV.'],
    ['1. Công tác chuẩn bị', 'heading', 1, '1.'],
    ['12. Công tác', 'heading', 1, '12.'],
    ['1.1. Số đại biểu', 'heading', 2, '1.1.'],
    ['2.5 Các nhiệm vụ', 'heading', 2, '2.5'],
    ['1.1.1. Kết quả', 'heading', 3, '1.1.1.'],
    ['a) Các chỉ tiêu', 'heading', 4, 'a)'],
    ['đ) tiếp tục', 'heading', 4, 'đ)'],
    ['(7) 100% đơn thư', 'target', null, '(7)'],
    ['(11). Tăng cường', 'target', null, '(11).'],
    ['Một là, tăng cường', 'ordinal', null, 'Một là,'],
    ['Sáu là, Hoàn thiện', 'ordinal', null, 'Sáu là,'],
    ['Mười hai là: ổn định', 'ordinal', null, 'Mười hai là:'],
    ['Thứ nhất, về kinh tế', 'ordinal', null, 'Thứ nhất,'],
    ['- Về giới tính', 'bullet', null, '-'],
    ['+ Phiên trù bị', 'bullet', null, '+'],
    ['• Từ khoá:', 'bullet', null, '•'],
  ])('reads %j as %s %s with label %j', (text, type, level, label) => {
    const m = matchLabel(text);
    expect(m).toMatchObject({ type, level, label });
    expect(text.slice(m!.length)).toBe(text.slice(label.length).trimStart());
  });

  it.each([
    ['2.846 đảng viên', 'thousands separator, not a heading'],
    ['2030. Đại hội', 'a year ending a sentence'],
    ['1. được triển khai', 'a number followed by lower case'],
    ['C. Mác', 'an initial, not the Roman 100'],
    ['1 2 3 4 5 ...', 'page links'],
    ['* Kết quả đạt được:', 'asterisk lead-in stays text'],
    ['– 2030. Đại hội', 'an en dash at a wrapped line start'],
    ['-Không có khoảng trắng', 'a dash glued to the word'],
    ['năm là, …', 'an ordinal word in lower case mid-sentence'],
    ['(treo cờ, khẩu hiệu', 'a parenthesis that is not a number'],
  ])('does not read %j as a label (%s)', (text) => {
    expect(matchLabel(text)).toBeNull();
  });
});
