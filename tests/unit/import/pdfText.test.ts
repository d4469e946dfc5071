import { describe, expect, it } from 'vitest';
import { recogniseText, type ImportResult } from '../../../shared/import/index.ts';
import { corpus } from './corpus.ts';
import { checkedDoc, exportedText, nonSpace } from './docText.ts';

const WARD = 'ket-qua-dai-hoi-phuong-thuy-nguyen.txt';
const CITY = 'thong-bao-nhanh-ket-qua-dai-hoi.txt';
const NOTE = 'Kết luận của Bộ Chính trị về chủ trương sắp xếp, tổ chức lại đơn vị hành chính các cấp.';

const texts = (result: ImportResult) => checkedDoc(result).content.content.map((n) => n.textContent);
const bodyTexts = (result: ImportResult) => checkedDoc(result).content.content.filter((n) => n.type.name !== 'footnote').map((n) => n.textContent);

/** The ward report with a page break after "…của Bộ Chính trị, Thông" and, when asked, a footnote at the foot of the page. */
function wardWithPageBreak(footnote: boolean): string {
  const source = corpus(WARD);
  const cut = 'ngày 14/4/2025 của Bộ Chính trị, Thông \n';
  expect(source).toContain(cut);
  const reference = footnote ? 'ngày 14/4/2025 của Bộ Chính trị¹, Thông \n' : cut;
  return source.replace(cut, `${reference}\n${footnote ? `¹ ${NOTE}\n` : ''}\n\n\n`);
}

describe('a page break in hard-wrapped text from a PDF', () => {
  const original = recogniseText(corpus(WARD));

  it('joins a sentence the page cut, the second half starting in lower case', () => {
    const broken = recogniseText(wardWithPageBreak(false));
    expect(texts(broken)).toEqual(texts(original));
  });

  it('makes the footnote printed between the halves a footnote, referenced where the body cites it', () => {
    const result = recogniseText(wardWithPageBreak(true));
    expect(bodyTexts(result)).toEqual(texts(original).map((t) => t.replace('của Bộ Chính trị, Thông', 'của Bộ Chính trị1, Thông')));
    const note = result.doc.content.at(-1)!;
    expect(note).toMatchObject({ type: 'footnote', content: [{ text: NOTE }] });
    const cited = result.doc.content.find((n) => n.content?.some((c) => c.marks?.some((m) => m.type === 'footnote_ref')))!;
    expect(cited.content?.find((c) => c.marks)).toEqual({ type: 'text', text: '1', marks: [{ type: 'footnote_ref', attrs: { note: note.attrs?.id } }] });
    // Every character of the source: the footnote moved to the end (where footnote blocks go), its reference in digits.
    const moved = wardWithPageBreak(true).replace(`¹ ${NOTE}`, '').replace('trị¹,', 'trị1,') + `¹ ${NOTE}`;
    expect(nonSpace(exportedText(result))).toBe(nonSpace(moved));
    expect(result.warnings.map((w) => w.code)).toEqual(['hard_wrap_joined']);
  });
});

describe('a page break in text with one paragraph per line', () => {
  const line = corpus(CITY).split('\n').find((l) => l.startsWith('Đại hội vinh dự được đón'))!;
  const at = line.indexOf(' lãnh đạo các tỉnh');

  it('joins a line that starts in lower case after a page break to the one before when that ends no sentence', () => {
    const text = corpus(CITY).replace(line, `${line.slice(0, at)}\n\n\n${line.slice(at + 1)}`);
    expect(texts(recogniseText(text))).toEqual(texts(recogniseText(corpus(CITY))));
  });

  it('keeps apart two paragraphs one blank line separates, as our own .txt export writes them', () => {
    const text = corpus(CITY).replace(line, `${line.slice(0, at)}\n\n${line.slice(at + 1)}`);
    expect(texts(recogniseText(text))).toHaveLength(texts(recogniseText(corpus(CITY))).length + 1);
  });

  it('takes out a footnote line between the halves', () => {
    const text = corpus(CITY).replace(line, `${line.slice(0, at)}¹\n\n¹ ${NOTE}\n\n\n${line.slice(at + 1)}`);
    const result = recogniseText(text);
    expect(bodyTexts(result)).toEqual(texts(recogniseText(corpus(CITY))).map((t) => (t === line ? `${line.slice(0, at)}1${line.slice(at)}` : t)));
    expect(result.doc.content.at(-1)).toMatchObject({ type: 'footnote', content: [{ text: NOTE }] });
  });

  it('keeps lines apart when the first ends its sentence or the second has a label', () => {
    const text = ['Đại hội đã thành công tốt đẹp.', '', '', 'các đại biểu ra về.', '', '', 'Các chỉ tiêu chủ yếu', '', '', 'a) Các chỉ tiêu xây dựng Đảng'].join('\n');
    expect(texts(recogniseText(text))).toEqual(['Đại hội đã thành công tốt đẹp.', 'các đại biểu ra về.', 'Các chỉ tiêu chủ yếu', 'Các chỉ tiêu xây dựng Đảng']);
  });
});

describe('superscript numbers that are not footnote references', () => {
  it('keeps "km²" as typed even when a footnote ² exists, and a superscript with no footnote', () => {
    const lines = ['Kinh tế tăng trưởng cao¹.', 'Diện tích tự nhiên 1.526 km², dân số 4,6 triệu người²; 12 khu công nghiệp³.', '¹ Số liệu của Cục Thống kê.', '² Số liệu dân số năm 2024.'];
    const result = recogniseText(lines.join('\n'));
    expect(texts(result)).toEqual(['Kinh tế tăng trưởng cao1.', 'Diện tích tự nhiên 1.526 km², dân số 4,6 triệu người2; 12 khu công nghiệp³.', 'Số liệu của Cục Thống kê.', 'Số liệu dân số năm 2024.']);
    const refs = result.doc.content.flatMap((n) => (n.content ?? []).filter((c) => c.marks).map((c) => [c.text, c.marks?.[0].attrs?.note]));
    expect(refs).toEqual([['1', 'b3'], ['2', 'b4']]);
    expect(result.labels.slice(2)).toEqual(['¹', '²']);
    expect(result.warnings).toEqual([]);
  });
});
