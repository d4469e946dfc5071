import { describe, expect, it } from 'vitest';
import { base64Data, lineText, multilineText } from '../../../shared/rpc/textFields.ts';

const title = lineText('Tên văn kiện', 300);
const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? [];

describe('lineText (titles and names)', () => {
  it.each([
    ['composed text', 'Báo cáo chính trị', 'Báo cáo chính trị'],
    ['decomposed text, stored NFC', 'Nghi\u0323 quye\u0302\u0301t', 'Nghị quyết'],
    ['surrounding spaces, trimmed', '  Nghị quyết  ', 'Nghị quyết'],
    ['a joiner inside a word (emoji, Indic scripts)', 'Đại hội 👩\u200D💻', 'Đại hội 👩\u200D💻'],
    ['300 characters that are 450 in NFD', 'ệ'.normalize('NFD').repeat(150) + 'a'.repeat(150), 'ệ'.repeat(150) + 'a'.repeat(150)],
  ])('accepts %s', (_label, input, stored) => {
    const result = title.safeParse(input);
    expect(result.success).toBe(true);
    expect(result.data).toBe(stored);
    expect(result.data).toBe(result.data!.normalize('NFC'));
  });

  it.each([
    ['nothing', '', 'Tên văn kiện không được để trống.'],
    ['only spaces', '   ', 'Tên văn kiện không được để trống.'],
    ['301 characters after NFC', 'a'.repeat(301), 'Tên văn kiện dài quá 300 ký tự.'],
    ['a line break', 'Báo cáo\nchính trị', 'Tên văn kiện không được chứa ký tự điều khiển (xuống dòng, tab…). Hãy viết trên một dòng.'],
    ['a tab', 'Báo cáo\tchính trị', 'Tên văn kiện không được chứa ký tự điều khiển (xuống dòng, tab…). Hãy viết trên một dòng.'],
    ['a NUL', 'Báo cáo\u0000', 'Tên văn kiện không được chứa ký tự điều khiển (xuống dòng, tab…). Hãy viết trên một dòng.'],
    ['a C1 control', 'Báo cáo\u0085x', 'Tên văn kiện không được chứa ký tự điều khiển (xuống dòng, tab…). Hãy viết trên một dòng.'],
    ...['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'].map(
      (c): [string, string, string] => [`U+${c.codePointAt(0)!.toString(16).toUpperCase()}`, `Báo cáo${c}fdp.exe`, 'Tên văn kiện không được chứa ký tự đổi chiều chữ (bidi): chúng làm chữ hiện ra khác với chữ thật.'],
    ),
    ['only a zero-width space', '\u200B', 'Tên văn kiện phải có chữ, không chỉ khoảng trắng hay ký tự vô hình.'],
    ['only zero-width joiners and a soft hyphen', '\u200C\u200D\u00AD\u2060', 'Tên văn kiện phải có chữ, không chỉ khoảng trắng hay ký tự vô hình.'],
    ['a BOM and an ideographic space', '\uFEFF\u3000\u200B', 'Tên văn kiện phải có chữ, không chỉ khoảng trắng hay ký tự vô hình.'],
    ['a number', 42, 'Tên văn kiện phải là chữ.'],
    ['nothing at all', undefined, 'Thiếu tên văn kiện.'],
  ])('refuses %s, saying so in Vietnamese', (_label, input, message) => {
    const result = title.safeParse(input);
    expect(result.success).toBe(false);
    expect(messages(result)).toEqual([message]);
  });
});

describe('multilineText (a draft note)', () => {
  const note = multilineText('Ghi chú', 10);
  it('keeps line breaks and tabs, stores NFC and counts after NFC', () => {
    expect(note.safeParse('a\n\tb\r\nc').data).toBe('a\n\tb\r\nc');
    expect(note.safeParse('e\u0323\u0302'.repeat(10)).data).toBe('ệ'.repeat(10));
  });
  it.each([
    ['too long', 'a'.repeat(11), 'Ghi chú dài quá 10 ký tự.'],
    ['a NUL', 'a\u0000', 'Ghi chú không được chứa ký tự điều khiển.'],
    ['a bidi override', 'a\u202Eb', 'Ghi chú không được chứa ký tự đổi chiều chữ (bidi): chúng làm chữ hiện ra khác với chữ thật.'],
  ])('refuses %s', (_label, input, message) => {
    expect(messages(note.safeParse(input))).toEqual([message]);
  });
});

describe('base64Data', () => {
  const data = base64Data(100);
  it.each(['', 'YQ==', 'YWI=', 'YWJj', btoa('Dai hoi lan thu XVII')])('accepts %j', (input) => {
    expect(data.safeParse(input).success).toBe(true);
  });
  it.each([
    ['missing padding', 'YQ'],
    ['a space', 'YW Jj'],
    ['a line break', 'YWJj\n'],
    ['base64url characters', 'a-b_'],
    ['a stray character', 'YWJj!'],
    ['padding in the middle', 'YQ==YQ=='],
  ])('names %s as invalid base64', (_label, input) => {
    expect(messages(data.safeParse(input))).toEqual(['Dữ liệu tệp không phải base64 hợp lệ. Hãy chọn lại tệp và gửi lại.']);
  });
  it('refuses data over its size', () => {
    expect(messages(data.safeParse('YWJj'.repeat(26)))).toEqual(['Tệp quá lớn để gửi lên máy chủ.']);
  });
});
