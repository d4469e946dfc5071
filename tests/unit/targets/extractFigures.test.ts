import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../shared/targets/extractFigures.ts';
import { parseVietnameseNumber } from '../../../shared/targets/parseVietnameseNumber.ts';
import type { TargetFigure } from '../../../shared/targets/targetFigure.ts';

/** A figure in short form: "text | min-max | unit | qualifiers | year". */
const short = (f: TargetFigure) =>
  [
    f.text,
    f.value !== null ? String(f.value) + (f.outOf !== null ? `/${f.outOf}` : '') : `${f.min}-${f.max}`,
    f.unit ?? '',
    f.qualifiers.join(','),
    f.yearFrom ? `${f.yearFrom}-${f.year}` : (f.year ?? ''),
  ].join(' | ');

describe('parseVietnameseNumber', () => {
  it.each([
    ['1.234,5', 1234.5],
    ['11.247', 11247],
    ['245.500', 245500],
    ['7,5', 7.5],
    ['0,8', 0.8],
    ['01', 1],
    ['2030', 2030],
    ['1.1', null],
    ['2.5.3', null],
    ['1,2,3', null],
  ])('reads %j as %j', (text, value) => expect(parseVietnameseNumber(text)).toBe(value));
});

describe('extractFigures', () => {
  it.each([
    ['đạt 7,5%', ['7,5% | 7.5 | % |  | ']],
    ['tăng 10 - 11%', ['10 - 11% | 10-11 | % |  | ']],
    ['đạt trên 95%', ['95% | 95 | % | more-than | ']],
    ['từ 8% trở lên', ['8% | 8 | % | at-least | ']],
    ['từ 31 đến 40 tuổi', ['31 đến 40 tuổi | 31-40 | tuổi |  | ']],
    ['từ 30 tuổi trở xuống', ['30 tuổi | 30 | tuổi | at-most | ']],
    ['khoảng 1.234,5 tỷ đồng', ['1.234,5 tỷ đồng | 1234.5 | tỷ đồng | about | ']],
    ['thu nhập bình quân đạt 150 triệu đồng/người/năm', ['150 triệu đồng/người | 150 | triệu đồng/người | average | ']],
    ['đạt 33 giường bệnh/vạn dân và 15 bác sĩ/vạn dân', ['33 giường bệnh/vạn dân | 33 | giường bệnh/vạn dân |  | ', '15 bác sĩ/vạn dân | 15 | bác sĩ/vạn dân |  | ']],
    ['xây mới 120 km đường', ['120 km | 120 | km |  | ']],
    ['đến năm 2030 đạt tối thiểu 60%', ['60% | 60 | % | at-least | 2030']],
    ['giai đoạn 2026 - 2030 tăng bình quân 8%/năm', ['8%/năm | 8 | %/năm | average | 2026-2030']],
    ['phấn đấu đạt 14%/năm', ['14%/năm | 14 | %/năm | aim | ']],
    ['không quá 5%', ['5% | 5 | % | at-most | ']],
    ['dưới 1,5%', ['1,5% | 1.5 | % | less-than | ']],
  ])('reads %j', (text, expected) => {
    expect(extractFigures(text).map(short)).toEqual(expected);
  });

  it.each([
    ['Nghị quyết số 226/2025/QH15 của Quốc hội'],
    ['họp từ ngày 26/9/2025 đến ngày 27/9/2025'],
    ['theo mục 1.1. và 2.5.'],
    ['nội dung: (1) Tổng kết; (2) Thảo luận'],
    ['mạng 5G phủ toàn thành phố'],
    ['nhiệm kỳ 2025 - 2030 và tầm nhìn đến năm 2045'],
  ])('finds no figure in %j', (text) => {
    expect(extractFigures(text)).toEqual([]);
  });

  it('gives offsets that cut the figure out of the text', () => {
    const text = 'Thu ngân sách đạt 245.500 tỷ đồng, trong đó thu nội địa đạt 122.000 tỷ đồng.';
    for (const f of extractFigures(text)) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(extractFigures(text).map((f) => f.start)).toEqual([text.indexOf('245.500'), text.indexOf('122.000')]);
  });

  it('follows the text when a value is edited', () => {
    const before = extractFigures('đạt trên 35% vào năm 2030');
    const after = extractFigures('đạt trên 40% vào năm 2030');
    expect([before[0].value, after[0].value]).toEqual([35, 40]);
    expect(after[0].qualifiers).toEqual(before[0].qualifiers);
  });
});
