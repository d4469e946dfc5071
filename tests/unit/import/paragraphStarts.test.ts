import { describe, expect, it } from 'vitest';
import { linesLookHardWrapped, paragraphStarts, type WrappedLine } from '../../../shared/import/text/unwrapPdfText.ts';

const line = (text: string, extra: Partial<WrappedLine> = {}): WrappedLine => ({ text, indented: false, gap: 0, ...extra });
const FULL = line('Đại hội đại biểu Đảng bộ phường Thủy Nguyên lần thứ I, nhiệm kỳ 2025 - 2030 và');

describe('paragraphStarts on abstract lines', () => {
  it.each([
    ['a lower-case line after a full one', line('đại biểu toàn quốc lần thứ XIV của Đảng'), false],
    ['a line with a numbering label', line('2. Kịp thời ban hành các văn bản'), true],
    ['a capitalised line after two blank lines (a page break)', line('Các cấp tiến tới Đại hội', { gap: 2 }), true],
    ['a lower-case line after two blank lines, the sentence before it open (a page break mid-sentence)', line('các cấp tiến tới Đại hội', { gap: 2 }), false],
    ['a line in capitals', line('ĐÁNH GIÁ CHUNG'), true],
    ['an indented capitalised line', line('Đại hội đã bầu Ban Chấp hành', { indented: true }), true],
    ['a capitalised line after a full one', line('Đại hội đã bầu Ban Chấp hành'), false],
  ])('%s', (_, next, starts) => {
    expect(paragraphStarts([FULL, FULL, next])).toEqual([true, false, starts]);
  });

  it('starts a paragraph at a lower-case line after a page break when the line before ended its sentence', () => {
    expect(paragraphStarts([FULL, line('tâm của thành phố cũ.'), line('các cấp tiến tới Đại hội', { gap: 2 })])).toEqual([true, false, true]);
  });

  it('starts a paragraph after a short line ending a sentence', () => {
    expect(paragraphStarts([FULL, FULL, line('tâm của thành phố cũ.'), line('Tổng số đại biểu')])).toEqual([true, false, false, true]);
  });
});

describe('linesLookHardWrapped', () => {
  it('needs five lines, a third of them running on in lower case', () => {
    const wrapped = [FULL, line('đại biểu'), FULL, line('toàn quốc.'), line('Đại hội')];
    expect(linesLookHardWrapped(wrapped)).toBe(true);
    expect(linesLookHardWrapped(wrapped.slice(0, 4))).toBe(false);
    expect(linesLookHardWrapped(wrapped.map((l) => line(l.text.replace(/^\p{Ll}/u, (c) => c.toUpperCase()))))).toBe(false);
  });
});
