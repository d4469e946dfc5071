import { describe, expect, it } from 'vitest';
import { type Reference, recogniseReferences } from '../../../shared/feedback/references.ts';

/** The references as [kind, value] pairs (a replace as [kind, value → replacement]). */
const pairs = (text: string) =>
  recogniseReferences(text).map((r) => [r.kind, r.replacement === undefined ? r.value : `${r.value} → ${r.replacement}`]);

describe('recogniseReferences: places', () => {
  it.each([
    ['Trang 5, dòng 3: câu này dài', [['page', '5'], ['line', '3']]],
    ['TRANG SỐ 12, DÒNG THỨ 04', [['page', '12'], ['line', '4']]],
    ['Tại mục II.3 của dự thảo', [['section', 'II.3']]],
    ['mục ii.3.', [['section', 'II.3']]],
    ['Mục 2 và tiểu mục 2.1', [['section', '2'], ['subsection', '2.1']]],
    ['Tiểu Mục 3.1.2 mục XIV', [['subsection', '3.1.2'], ['section', 'XIV']]],
    ['điểm c mục 2', [['point', 'c'], ['section', '2']]],
    ['Điểm đ) khoản này', [['point', 'đ']]],
    ['Phần thứ hai', [['part', 'Phần thứ hai']]],
    ['PHẦN THỨ NHẤT và phần II', [['part', 'Phần thứ nhất'], ['part', 'Phần thứ hai']]],
    ['chỉ tiêu (7)', [['target', '(7)']]],
    ['Chỉ Tiêu số 12 và CHỈ TIÊU thứ 3', [['target', '(12)'], ['target', '(3)']]],
    ['các chỉ tiêu (3), (4) và (5) cần nâng', [['target', '(3)'], ['target', '(4)'], ['target', '(5)']]],
    ['tại nội dung Hai là, tiểu mục 1.3', [['ordinal', 'Hai là'], ['subsection', '1.3']]],
    ['nội dung “Năm là” chưa rõ', [['quote', 'Năm là'], ['ordinal', 'Năm là']]],
  ])('reads %j', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it.each([
    ['Mục tiêu đến năm 2030 cần rõ hơn'],
    ['Điểm nổi bật của Đại hội'],
    ['tiết kiệm, chống lãng phí'],
    ['chỉ tiêu 7,5% là thấp'],
    ['chỉ tiêu tăng trưởng GRDP'],
    ['Một là, đề nghị bổ sung. Hai là, đề nghị làm rõ'].map((s) => s.replace(/đề nghị.*$/u, 'đề nghị')),
    ['trang trọng, dòng chảy'],
    ['Những nội dung sau là quan trọng'],
  ])('finds no place in %j', (text) => {
    expect(recogniseReferences(text).filter((r) => r.kind !== 'add')).toEqual([]);
  });

  it('takes ordinals at the start of a sentence as the comment listing its own points', () => {
    expect(pairs('Một là, cần rà soát. Hai là, cần bổ sung; Ba là nên viết gọn')).toEqual([]);
  });

  it('gives spans in the NFC text, whatever the input form', () => {
    const nfd = 'Đề nghị sửa mục II.3'.normalize('NFD');
    const [ref] = recogniseReferences(nfd);
    expect(ref.kind).toBe('section');
    expect(nfd.normalize('NFC').slice(ref.from, ref.to)).toBe('mục II.3');
  });

  it('spans each target of a list from its number', () => {
    const text = 'chỉ tiêu (7) và (8)';
    expect(recogniseReferences(text).map((r) => text.slice(r.from, r.to))).toEqual(['chỉ tiêu (7)', '(8)']);
  });
});

describe('recogniseReferences: wording', () => {
  it.each([
    ['Đoạn “phát triển nhanh, bền vững” chưa rõ', [['quote', 'phát triển nhanh, bền vững']]],
    ['cụm từ "đột phá chiến lược" lặp lại', [['quote', 'đột phá chiến lược']]],
    ["câu 'kinh tế biển' nên sửa", [['quote', 'kinh tế biển']]],
    ['cụm «đô thị xanh» nên giữ', [['quote', 'đô thị xanh']]],
    ['đề nghị sửa “tăng trưởng nhanh” thành “tăng trưởng nhanh và bền vững”', [['replace', 'tăng trưởng nhanh → tăng trưởng nhanh và bền vững']]],
    ["Đề nghị sửa cụm từ 'cơ bản' thành 'về cơ bản'", [['replace', 'cơ bản → về cơ bản']]],
    ['THAY “kinh tế số” BẰNG “kinh tế số, kinh tế xanh”', [['replace', 'kinh tế số → kinh tế số, kinh tế xanh']]],
    ['đề nghị bổ sung cụm từ “và Nhân dân”', [['add', 'và Nhân dân']]],
    ['Bổ sung giải pháp về nhân lực chất lượng cao; các ý khác nhất trí', [['add', 'giải pháp về nhân lực chất lượng cao']]],
    ["đề nghị bỏ cụm từ 'một cách'", [['remove', 'một cách']]],
    ['đề nghị bỏ “và”', [['remove', 'và']]],
    ['XOÁ đoạn thứ hai vì trùng lặp', [['remove', 'thứ hai vì trùng lặp']]],
    ['đề nghị xóa cụm từ “mạnh mẽ”', [['remove', 'mạnh mẽ']]],
  ])('reads %j', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it('does not read "bỏ" alone as a removal', () => {
    expect(pairs('không bỏ sót đảng viên, từ bỏ thói quen cũ')).toEqual([]);
  });

  it.each([
    ['an unclosed quotation', 'Đoạn “phát triển nhanh chưa rõ'],
    ['an apostrophe inside a word', "l'eau và d'accord"],
    ['a quotation broken by a line', 'Đoạn “phát triển\nnhanh” chưa rõ'],
    ['empty quotation marks', 'Đoạn “ ” chưa rõ'],
  ])('finds no quotation in %s', (_name, text) => {
    expect(recogniseReferences(text).filter((r) => r.kind === 'quote')).toEqual([]);
  });
});

describe('recogniseReferences: the document', () => {
  it.each([
    ['Dự thảo Báo cáo chính trị, mục II', 'political_report'],
    ['BÁO CÁO KIỂM ĐIỂM của Ban Chấp hành', 'review_report'],
    ['dự thảo Nghị quyết Đại hội', 'resolution'],
    ['Chương trình hành động thực hiện Nghị quyết', 'action_programme'],
  ])('names the document in %j', (text, kind) => {
    expect(recogniseReferences(text).find((r) => r.kind === 'document')?.value).toBe(kind);
  });

  it('does not take another resolution for the draft', () => {
    const refs = recogniseReferences('theo Nghị quyết 226/2025/QH15 và Nghị quyết số 57-NQ/TW');
    expect(refs.filter((r) => r.kind === 'document')).toEqual([]);
  });
});

describe('recogniseReferences on hostile input', () => {
  const MB = 1 << 20;
  const repeat = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

  it.each([
    ['openers never closed', repeat('“a ')],
    ['straight quotes', repeat('"')],
    ['apostrophes', repeat(" 'a")],
    ['keywords without labels', repeat('mục tiểu mục chỉ tiêu phần điểm ')],
    ['almost-labels', repeat('mục II.3.4.5.6.7.8.9')],
    ['target lists', repeat('chỉ tiêu (1), (2), ')],
    ['proposals without wording', repeat('bổ sung bỏ cụm từ sửa ')],
    ['replacements', repeat('sửa “a” thành “b” ')],
    ['spaces', repeat(' ')],
    ['one long word', repeat('a')],
  ])('reads 1 MB of %s in linear time', (_name, text) => {
    const refs: Reference[] = recogniseReferences(text);
    for (const r of refs) expect(r.from).toBeLessThan(r.to);
    expect(refs.length).toBeLessThan(text.length);
  });

  it('finds every reference of a 1 MB file of comments', () => {
    const comment = 'Mục II.3, chỉ tiêu (7): đề nghị sửa “tăng trưởng” thành “phát triển”. ';
    const text = comment.repeat(Math.floor(MB / comment.length));
    const refs = recogniseReferences(text);
    const count = Math.floor(MB / comment.length);
    expect(refs.filter((r) => r.kind === 'section')).toHaveLength(count);
    expect(refs.filter((r) => r.kind === 'replace')).toHaveLength(count);
  });
});
