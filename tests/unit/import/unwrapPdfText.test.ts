import { describe, expect, it } from 'vitest';
import { looksHardWrapped, unwrapPdfText } from '../../../shared/import/index.ts';
import { endsSentence } from '../../../shared/import/text/unwrapPdfText.ts';
import { CORPUS_FILES, corpus } from './corpus.ts';

describe('looksHardWrapped', () => {
  it.each(CORPUS_FILES.map((f) => [f, f === 'ket-qua-dai-hoi-phuong-thuy-nguyen.txt'] as const))(
    'says %s is hard-wrapped: %s',
    (file, wrapped) => {
      expect(looksHardWrapped(corpus(file))).toBe(wrapped);
    },
  );
});

describe('unwrapPdfText', () => {
  const wrapped = [
    'I. Công tác chuẩn bị tổ chức Đại hội phường xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    '',
    '1. Đảng ủy phường đã quán triệt, cụ thể hoá triển khai thực hiện nghiêm các',
    '',
    'văn bản hướng dẫn của Trung ương và Thành ủy Hải Phòng về tổ chức Đại hội Đảng',
    ' các cấp tiến tới Đại hội Đảng bộ thành phố nhiệm kỳ 2025 - 2030 và Đại hội',
    '',
    'đại biểu toàn quốc lần thứ XIV.',
    '',
    'Tổng số đại biểu chính thức được chỉ định theo Nghị quyết số 1669/NQ-',
    '',
    'UBTVQH15, ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội, trên cơ sở khu vực trung',
    '',
    'tâm của thành phố cũ.',
    '',
    '- Xây dựng và ban hành Kế hoạch về tổ chức Đại hội đại biểu Đảng bộ phường',
  ].join('\n');

  it('joins the lines of a paragraph, blank lines between them included', () => {
    const lines = unwrapPdfText(wrapped).split('\n');
    expect(lines[1]).toBe(
      '1. Đảng ủy phường đã quán triệt, cụ thể hoá triển khai thực hiện nghiêm các văn bản hướng dẫn của Trung ương và Thành ủy Hải Phòng về tổ chức Đại hội Đảng các cấp tiến tới Đại hội Đảng bộ thành phố nhiệm kỳ 2025 - 2030 và Đại hội đại biểu toàn quốc lần thứ XIV.',
    );
  });

  it('keeps numbered lines and short sentence ends as paragraph breaks', () => {
    const lines = unwrapPdfText(wrapped).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^I\. /u);
    expect(lines[2]).toMatch(/^Tổng số/u);
    expect(lines[3]).toMatch(/^- Xây dựng/u);
  });

  it('joins a word cut at a hyphen without a space', () => {
    expect(unwrapPdfText(wrapped)).toContain('1669/NQ-UBTVQH15');
  });

  it('breaks before a line in capitals and before an indented capitalised line', () => {
    const text = ['hội trên Trang thông tin điện tử phường và các nền tảng', 'ĐÁNH GIÁ CHUNG', ' Đại hội đại biểu Đảng bộ phường lần thứ I diễn ra'].join('\n');
    expect(unwrapPdfText(text).split('\n')).toHaveLength(3);
  });

  it('breaks on two blank lines', () => {
    expect(unwrapPdfText('Nhiệm kỳ 2025 - 2030\n \n\nCăn cứ Chỉ thị số 45').split('\n')).toHaveLength(2);
  });
});

describe('endsSentence', () => {
  /** The pattern it replaces, tried at every position of the line. */
  const TERMINAL = /[.:;!?…]["”’)»]*$/u;

  it('says what the end-anchored pattern says, on every line of the corpus', () => {
    const lines = CORPUS_FILES.flatMap((f) => corpus(f).split(/\r?\n/u)).map((l) => l.trim());
    expect(lines.filter((l) => endsSentence(l)).length).toBeGreaterThan(50);
    for (const line of lines) expect([line, endsSentence(line)]).toEqual([line, TERMINAL.test(line)]);
  });

  it('says what the pattern says on every string of up to four characters drawn from its classes and others', () => {
    const chars = ['.', '…', '!', '"', '”', '»', ')', 'a', 'ệ', ' ', ',', '😀'];
    const strings = [''];
    let level = [''];
    for (let n = 1; n <= 4; n++) {
      level = level.flatMap((s) => chars.map((c) => s + c));
      strings.push(...level);
    }
    expect(strings.length).toBe(1 + 12 + 12 ** 2 + 12 ** 3 + 12 ** 4);
    for (const s of strings) expect([s, endsSentence(s)]).toEqual([s, TERMINAL.test(s)]);
  });
});
