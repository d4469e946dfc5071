import { describe, expect, it } from 'vitest';
import { recogniseHeader, recogniseText } from '../../../shared/import/index.ts';
import { checkedDoc, exportedText, nonSpace, typeCounts } from './docText.ts';
import { REPORT_HEADER_LINES } from '../../fixtures/reportHeader.ts';

const DOCUMENT = [
  ...REPORT_HEADER_LINES,
  'PHẦN THỨ NHẤT',
  'ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT',
  'I. KẾT QUẢ ĐẠT ĐƯỢC',
  '1. Về kinh tế',
  '1.1. Tăng trưởng',
  '1.1.1. Công nghiệp',
  'a) Các chỉ tiêu',
  '(1) Tăng trưởng GRDP đạt 13%/năm trở lên.',
  'Một là, tăng cường sự đoàn kết.',
  '- Kinh tế duy trì tốc độ tăng trưởng cao.',
  'Đoạn văn thường.',
  'Nơi nhận:',
  '- Ban Thường vụ Thành ủy,',
  '- Lưu VP.',
  'T/M BAN CHẤP HÀNH',
  'BÍ THƯ',
  'Lê Tiến Châu',
].join('\n');

describe('recogniseText on a full Party document', () => {
  const result = recogniseText(DOCUMENT);
  const doc = checkedDoc(result);

  it('reads the header fields from a pasted two-column header', () => {
    expect(doc.firstChild!.attrs).toMatchObject({
      superiorBody: 'ĐẢNG CỘNG SẢN VIỆT NAM',
      issuingBody: 'ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG\nBAN CHẤP HÀNH',
      number: 'Số 01-BC/TU',
      place: 'Hải Phòng',
      date: 'ngày 15 tháng 9 năm 2025',
      docType: 'BÁO CÁO CHÍNH TRỊ',
      title: 'của Ban Chấp hành Đảng bộ thành phố khoá XVI',
      draftLabel: 'DỰ THẢO LẦN 3',
    });
  });

  it('gives each numbering convention its block type and strips the label', () => {
    const blocks = doc.content.content.slice(1).map((n) => [n.type.name, n.attrs.level ?? null, n.textContent]);
    expect(blocks).toEqual([
      ['part', null, 'ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT'],
      ['section', null, 'KẾT QUẢ ĐẠT ĐƯỢC'],
      ['heading', 1, 'Về kinh tế'],
      ['heading', 2, 'Tăng trưởng'],
      ['heading', 3, 'Công nghiệp'],
      ['heading', 4, 'Các chỉ tiêu'],
      ['target', null, 'Tăng trưởng GRDP đạt 13%/năm trở lên.'],
      ['ordinal', null, 'tăng cường sự đoàn kết.'],
      ['bullet', null, 'Kinh tế duy trì tốc độ tăng trưởng cao.'],
      ['paragraph', null, 'Đoạn văn thường.'],
      ['recipients', null, '- Ban Thường vụ Thành ủy,- Lưu VP.'],
      ['signature', null, 'T/M BAN CHẤP HÀNHBÍ THƯLê Tiến Châu'],
    ]);
    expect(result.labels.slice(1)).toEqual(['PHẦN THỨ NHẤT', 'I.', '1.', '1.1.', '1.1.1.', 'a)', '(1)', 'Một là,', '-', null, 'Nơi nhận:', null]);
  });

  it('keeps the lines of recipients and signature as hard breaks', () => {
    const signature = result.doc.content.at(-1)!;
    expect(signature.content?.map((c) => c.type)).toEqual(['text', 'hard_break', 'text', 'hard_break', 'text']);
  });

  it('drops only labels, decoration lines ("*", "-----") and the place–date comma', () => {
    // The comma in "Hải Phòng, ngày …" separates two header fields; export writes it again.
    const source = DOCUMENT.replace(/^\*$|^-----$/gmu, '').replace('Hải Phòng,', 'Hải Phòng');
    // The header's fields come out in a fixed order, not the page's: compare as multisets there.
    const sorted = (s: string) => [...nonSpace(s)].sort().join('');
    expect(sorted(exportedText(result))).toBe(sorted(source));
  });
});

describe('recogniseText with markdown and odd input', () => {
  it('reads "#" headings when the line has no label, and a label when it has one', () => {
    const result = recogniseText('# Mở đầu\n## Bối cảnh\n### 2.1. Quan điểm\nVăn bản *nghiêng* và **đậm**.', { markdown: true });
    checkedDoc(result);
    expect(result.doc.content.map((n) => [n.type, n.attrs?.level ?? null])).toEqual([
      ['section', null],
      ['heading', 1],
      ['heading', 2],
      ['paragraph', null],
    ]);
    expect(result.doc.content[3].content?.map((c) => c.marks?.[0].type ?? null)).toEqual([null, 'em', null, 'strong', null]);
  });

  it('leaves single asterisks alone in plain text', () => {
    const result = recogniseText('* Kết quả đạt được: tốt');
    expect(result.doc.content[0].content?.[0].text).toBe('* Kết quả đạt được: tốt');
  });

  it('keeps "**", "__" and "#" as typed in plain text; only Markdown reads them', () => {
    const typed = '# Ghi chú\nTăng trưởng đạt **13%/năm** và __ổn định__.';
    const plain = recogniseText(typed);
    expect(plain.doc.content.map((n) => [n.type, n.content?.map((c) => [c.text, c.marks ?? []])])).toEqual([
      ['paragraph', [['# Ghi chú', []]]],
      ['paragraph', [['Tăng trưởng đạt **13%/năm** và __ổn định__.', []]]],
    ]);
    const markdown = recogniseText(typed, { markdown: true });
    expect(markdown.doc.content[0].type).toBe('section');
    expect(markdown.doc.content[1].content?.filter((c) => c.marks).map((c) => c.text)).toEqual(['13%/năm', 'ổn định']);
  });

  it('normalises to NFC and removes a byte-order mark', () => {
    const result = recogniseText('\uFEFFHo\u0061\u0300 bi\u0300nh');
    expect(result.doc.content[0].content?.[0].text).toBe('Hoà bình');
  });

  it('gives an empty text one empty paragraph', () => {
    const result = recogniseText('\n \n');
    expect(checkedDoc(result).childCount).toBe(1);
    expect(typeCounts(result)).toEqual({ paragraph: 1 });
  });

  it('finds no header in body text that merely mentions the Party', () => {
    expect(recogniseHeader(['Đại hội đại biểu Đảng bộ thành phố', 'Dưới đây là thông báo nhanh'])).toBeNull();
  });

  it('reads a header written one field per line, with "Số:" and placeholder dates', () => {
    const m = recogniseHeader(['ĐẢNG CỘNG SẢN VIỆT NAM', 'ĐẢNG BỘ PHƯỜNG THỦY NGUYÊN', '*', 'Số: 12-NQ/ĐU', 'Thủy Nguyên, ngày … tháng … năm 2025', 'NGHỊ QUYẾT', 'ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ PHƯỜNG', 'Căn cứ Điều lệ Đảng;']);
    expect(m?.consumed).toBe(7);
    expect(m?.header).toMatchObject({ number: 'Số: 12-NQ/ĐU', place: 'Thủy Nguyên', docType: 'NGHỊ QUYẾT', title: 'ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ PHƯỜNG' });
  });
});
