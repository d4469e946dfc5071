import { describe, expect, it } from 'vitest';
import type { ComparisonRow } from '../../../shared/export/comparisonRow.ts';
import { exportComparisonDocx } from '../../../shared/export/exportComparisonDocx.ts';
import { del, deleted, eq, equal, ins, inserted, leftTexts, merged, paired, rightTexts, side, split } from './comparisonCases.ts';
import { documentBody, reviewedCells, reviewedDraft, reviewedParagraphs, revisionAttributesProblems, unzipDocx } from './docxKit.ts';
import { child, descendants, elements, parseXml, type XmlElement } from './miniXml.ts';
import { doc, header as headerNode, HAI_PHONG_HEADER } from './fixtures.ts';
import { exportDocx } from '../../../shared/export/exportDocx.ts';
import { EMPTY_HEADER } from '../../../shared/document/header.ts';

const OPTIONS = { author: 'Tiểu ban Văn kiện', date: '2025-09-15T00:00:00Z' };

function review(rows: ComparisonRow[]) {
  const parts = unzipDocx(exportComparisonDocx(rows, OPTIONS));
  for (const [path, xml] of Object.entries(parts)) expect(() => parseXml(xml), path).not.toThrow();
  const body = documentBody(parts);
  return { parts, body, accepted: reviewedDraft(body, 'accept'), rejected: reviewedDraft(body, 'reject') };
}

const CASES: [string, ComparisonRow[]][] = [
  ['a Vietnamese tone-mark swap inside a word', [paired('modified', [eq('Giữ vững '), del('hòa'), ins('hoà'), eq(' bình, ổn định.')], '1')]],
  ['an old and a new tone placement in the same sentence', [paired('modified', [del('Thủy'), ins('Thuỷ'), eq(' Nguyên và '), del('Hòa'), ins('Hoà'), eq(' Bình')])]],
  ['words inserted and deleted in one paragraph', [paired('modified', [eq('Tăng trưởng GRDP bình quân '), del('10%'), ins('13% trở lên'), eq('/năm'), ins(', cao hơn cả nước')], '(1)', '(1)', 'target')]],
  ['a whole paragraph inserted between two equal ones', [equal('Mở đầu.'), inserted('Một đoạn hoàn toàn mới & <đặc biệt>.'), equal('Kết luận.')]],
  ['a whole paragraph deleted in the middle', [equal('Mở đầu.'), deleted('Đoạn bị bỏ.'), equal('Kết luận.')]],
  ['the last paragraph deleted', [equal('Mở đầu.'), deleted('Đoạn cuối bị bỏ.')]],
  ['several paragraphs inserted and deleted in a row', [deleted('Xóa một.'), deleted('Xóa hai.'), inserted('Thêm một.'), inserted('Thêm hai.'), equal('Còn lại.')]],
  ['a new numbered section and renumbered headings', [inserted('VỀ CHUYỂN ĐỔI SỐ', 'II', 'section'), paired('modified', [eq('Kinh tế '), ins('số ')], '2', '3', 'heading')]],
  ['a moved paragraph with edits', [equal('A.'), paired('moved', [eq('Đoạn chuyển chỗ'), ins(' và sửa'), eq('.')], 'Ba là', 'Một là', 'ordinal')]],
  ['a split and a merge', [paired('split', [eq('Phần đầu.'), del(' Phần sau.')]), paired('merged', [eq('Gộp'), ins(' với đoạn kế')])]],
  ['tabs and line breaks inside changes', [paired('modified', [eq('Dòng 1'), del('\nDòng 2'), ins('\tcột\nDòng 3')])]],
  ['only deletions', [deleted('Tất cả'), deleted('đều bị xóa')]],
  ['a paragraph split in two', [split([eq('Phần đầu.'), del(' '), ins('\n'), eq('Phần sau.')], side('Phần đầu. Phần sau.'), [side('Phần đầu.'), side('Phần sau.')])]],
  [
    'a numbered heading split, the new block numbered',
    [split([eq('Kinh tế'), del(' và '), ins('\n'), eq('xã hội')], side('Kinh tế và xã hội', '2', 'heading'), [side('Kinh tế', '2', 'heading'), side('xã hội', '3', 'heading')]), equal('Hết.')],
  ],
  ['two targets merged into one', [merged([eq('Đạt 5%'), del('.\nĐạt 6%'), ins(' và 6%'), eq('.')], [side('Đạt 5%.', '(1)', 'target'), side('Đạt 6%.', '(2)', 'target')], side('Đạt 5% và 6%.', '(1)', 'target'))]],
  ['a split where the old block had a line break at the join', [split([eq('Dòng một\nDòng hai')], side('Dòng một\nDòng hai'), [side('Dòng một'), side('Dòng hai')])]],
  ['a merge where the new block has a line break at the join', [merged([eq('Dòng một\nDòng hai')], [side('Dòng một'), side('Dòng hai')], side('Dòng một\nDòng hai')), equal('Sau.')]],
  [
    'a block moved down with edits, as the engine gives it (two linked rows)',
    [
      { op: 'moved', left: side('Ba là, chuyển.', 'Ba là', 'ordinal'), right: null, tokens: [eq('Ba là, chuyển.')], moveTo: 2 },
      equal('Ở giữa.'),
      { ...paired('moved', [eq('Ba là, chuyển'), ins(' và sửa'), eq('.')], 'Ba là', 'Một là', 'ordinal'), moveFrom: 0 },
    ],
  ],
  [
    'a block moved up and split',
    [
      { ...split([eq('A'), del(' '), ins('\n'), eq('B')], side('A B'), [side('A'), side('B')]), moveFrom: 2 },
      equal('Giữa.'),
      { op: 'split', left: side('A B'), right: null, tokens: [eq('A B')], moveTo: 0 },
    ],
  ],
  [
    'merged blocks moved down: all of them go from the old place',
    [
      { op: 'merged', left: side('X.'), right: null, tokens: [eq('X.')], moveTo: 2 },
      equal('Giữa.'),
      { ...merged([eq('X.'), del('\n'), ins(' '), eq('Y.')], [side('X.'), side('Y.')], side('X. Y.')), moveFrom: 0 },
    ],
  ],
];

describe('exportComparisonDocx: accepting all gives the newer draft, rejecting all the older', () => {
  it.each(CASES)('%s', (_name, rows) => {
    const { body, accepted, rejected } = review(rows);
    expect(accepted).toEqual(rightTexts(rows));
    expect(rejected).toEqual(leftTexts(rows));
    expect(revisionAttributesProblems(body)).toEqual([]);
  });
});

describe('exportComparisonDocx tracked changes', () => {
  it('marks inserted words as w:ins runs and deleted words as w:del runs with w:delText', () => {
    const { body } = review([paired('modified', [eq('Giữ vững '), del('hòa'), ins('hoà'), eq(' bình')])]);
    const [insEl] = descendants(body, 'w:ins');
    const [delEl] = descendants(body, 'w:del');
    expect(descendants(insEl, 'w:t').map((t) => t.children.join(''))).toEqual(['hoà']);
    expect(descendants(delEl, 'w:delText').map((t) => t.children.join(''))).toEqual(['hòa']);
    expect(descendants(delEl, 'w:t')).toEqual([]);
    expect([insEl.attrs['w:author'], insEl.attrs['w:date']]).toEqual(['Tiểu ban Văn kiện', '2025-09-15T00:00:00Z']);
  });

  it('tracks the paragraph mark of a wholly inserted or deleted paragraph', () => {
    const { body } = review([inserted('Mới.'), deleted('Cũ.'), equal('Giữ.')]);
    const marks = elements(body, 'w:p').map((p) => descendants(p, 'w:rPr').flatMap((r) => r.children).filter((c) => typeof c !== 'string').map((c) => (c as { name: string }).name));
    expect(marks).toEqual([['w:ins'], ['w:del'], []]);
  });

  it('tracks a changed number: the old one deleted and the new one inserted', () => {
    const { body, accepted, rejected } = review([paired('modified', [eq('Kinh tế'), ins(' số')], '2', '3', 'heading')]);
    const texts = (name: string, text: string) => descendants(body, name).flatMap((e) => descendants(e, text)).map((t) => t.children.join(''));
    expect(texts('w:ins', 'w:t')).toEqual(['3. ', ' số']);
    expect(texts('w:del', 'w:delText')).toEqual(['2. ']);
    expect([accepted, rejected]).toEqual([['3. Kinh tế số'], ['2. Kinh tế']]);
  });

  it('writes a moved block as a real move: w:moveFrom at its old place, w:moveTo at its new one, ranges named alike', () => {
    const rows: ComparisonRow[] = [
      { op: 'moved', left: side('Chuyển cũ.', '(3)', 'target'), right: null, tokens: [eq('Chuyển cũ.')], moveTo: 2 },
      equal('Giữa.'),
      { ...paired('moved', [eq('Chuyển'), del(' cũ'), ins(' mới'), eq('.')], '(3)', '(1)', 'target'), moveFrom: 0 },
    ];
    const { parts, body, accepted, rejected } = review(rows);
    const comments = elements(parseXml(parts['word/comments.xml']), 'w:comment').map((c) => descendants(c, 'w:t').map((t) => t.children.join('')).join(''));
    expect(comments).toEqual(['Đoạn này được chuyển đến vị trí mới (mục (1)).', 'Đoạn này được chuyển từ vị trí cũ (mục (3)); sửa câu chữ: bỏ “cũ”, thêm “mới”.']);
    const markOf = (p: XmlElement) => descendants(child(p, 'w:pPr') ?? p, 'w:rPr').flatMap((r) => r.children).filter((c): c is XmlElement => typeof c !== 'string').map((c) => c.name);
    expect(elements(body, 'w:p').map(markOf)).toEqual([['w:moveFrom'], [], ['w:moveTo'], []]);
    // All of each place is one kind of revision, number and edits included: no w:ins or w:del.
    expect([descendants(body, 'w:ins'), descendants(body, 'w:del')]).toEqual([[], []]);
    const moved = (name: string) => descendants(body, name).flatMap((e) => descendants(e, 'w:t')).map((t) => t.children.join('')).join('');
    expect([moved('w:moveFrom'), moved('w:moveTo')]).toEqual(['(3) Chuyển cũ.', '(1) Chuyển mới.']);
    const [from] = descendants(body, 'w:moveFromRangeStart');
    const [to] = descendants(body, 'w:moveToRangeStart');
    expect(from.attrs['w:name']).toBe(to.attrs['w:name']);
    expect(descendants(body, 'w:moveFromRangeEnd').map((e) => e.attrs['w:id'])).toEqual([from.attrs['w:id']]);
    expect(descendants(body, 'w:moveToRangeEnd').map((e) => e.attrs['w:id'])).toEqual([to.attrs['w:id']]);
    expect([accepted, rejected]).toEqual([['Giữa.', '(1) Chuyển mới.'], ['(3) Chuyển cũ.', 'Giữa.']]);
  });

  it('explains a moved paragraph in a Word comment', () => {
    const { parts, body } = review([paired('moved', [eq('Đoạn chuyển chỗ.')], 'Ba là', 'Một là', 'ordinal')]);
    const comments = elements(parseXml(parts['word/comments.xml']), 'w:comment');
    expect(comments.map((c) => descendants(c, 'w:t').map((t) => t.children.join('')).join(''))).toEqual(['Đoạn này được chuyển vị trí (mục Ba là).']);
    const id = comments[0].attrs['w:id'];
    expect(descendants(body, 'w:commentReference').map((r) => r.attrs['w:id'])).toEqual([id]);
    expect(parts['word/_rels/document.xml.rels']).toContain('Target="comments.xml"');
    expect(parts['[Content_Types].xml']).toContain('PartName="/word/comments.xml"');
  });

  it('falls back to deleting the old text and inserting the new when tokens do not rebuild the texts', () => {
    const broken: ComparisonRow = { op: 'modified', left: { number: null, text: 'Cũ hoàn toàn' }, right: { number: null, text: 'Mới hẳn' }, tokens: [eq('Cũ')] };
    const { accepted, rejected } = review([broken]);
    expect([accepted, rejected]).toEqual([['Mới hẳn'], ['Cũ hoàn toàn']]);
  });

  it('turns Track Changes on so a reviewer’s own edits are tracked too', () => {
    expect(review([equal('A.')]).parts['word/settings.xml']).toContain('<w:trackRevisions/>');
  });

  it('lays out the header as a plain export does, its changed fields tracked', () => {
    const older = { ...EMPTY_HEADER, ...HAI_PHONG_HEADER };
    const newer = { ...older, draftLabel: 'DỰ THẢO LẦN 4', date: 'ngày 20 tháng 9 năm 2025', number: '' };
    const headerRow: ComparisonRow = { op: 'modified', left: side('h', null, 'header'), right: side('h2', null, 'header'), tokens: [] };
    const bytes = exportComparisonDocx([headerRow, equal('Giữ.')], { ...OPTIONS, headers: { older, newer } });
    const body = documentBody(unzipDocx(bytes));
    expect(elements(body, 'w:tbl')).toHaveLength(1);
    expect(child(child(elements(body, 'w:tbl')[0], 'w:tblPr')!, 'w:tblCaption')!.attrs['w:val']).toBe('vankien:header');
    const cells = (mode: 'accept' | 'reject') => reviewedCells(body, mode)[0].map((row) => row.map((cell) => cell.filter(Boolean)));
    expect(cells('accept')).toEqual([
      [[], ['DỰ THẢO LẦN 4']],
      [['ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG', 'BAN CHẤP HÀNH', '*'], ['ĐẢNG CỘNG SẢN VIỆT NAM']],
      [[], ['Hải Phòng, ngày 20 tháng 9 năm 2025']],
    ]);
    expect(cells('reject')).toEqual([
      [[], ['DỰ THẢO LẦN 3']],
      [['ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG', 'BAN CHẤP HÀNH', '*'], ['ĐẢNG CỘNG SẢN VIỆT NAM']],
      [['Số 125-BC/TU'], ['Hải Phòng, ngày 15 tháng 9 năm 2025']],
    ]);
    expect(reviewedParagraphs(body, 'accept')).toEqual(['BÁO CÁO CHÍNH TRỊ', HAI_PHONG_HEADER.title, '-----', 'Giữ.']);
    // Only the words that changed are tracked: the rest of a field stays as it was.
    const tracked = (name: string, text: string) => descendants(body, name).flatMap((e) => descendants(e, text)).map((t) => t.children.join(''));
    expect(tracked('w:del', 'w:delText')).toEqual(['3', 'Số 125-BC/TU', '15']);
    expect(tracked('w:ins', 'w:t')).toEqual(['4', '20']);
    expect(revisionAttributesProblems(body)).toEqual([]);
  });

  it('writes an unchanged header exactly as a plain export writes it', () => {
    const header = { ...EMPTY_HEADER, ...HAI_PHONG_HEADER };
    const headerRow: ComparisonRow = { op: 'equal', left: side('h', null, 'header'), right: side('h', null, 'header'), tokens: [eq('h')] };
    const tracked = unzipDocx(exportComparisonDocx([headerRow], { ...OPTIONS, headers: { older: header, newer: header } }))['word/document.xml'];
    const plain = unzipDocx(exportDocx(doc(headerNode(HAI_PHONG_HEADER)), [null]))['word/document.xml'];
    const tables = (xml: string) => xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('<w:sectPr'));
    expect(tables(tracked)).toBe(tables(plain));
  });

  it('tracks bold, italic and underline added or removed with w:rPrChange holding the older properties', () => {
    const row: ComparisonRow = {
      ...paired('modified', [eq('Trước '), eq('đậm mới'), eq(' và '), eq('hết nghiêng'), eq('.')]),
      tokens: [
        eq('Trước '),
        { op: 'equal', text: 'đậm mới', emphasis: { bold: true }, emphasisBefore: {} },
        eq(' và '),
        { op: 'equal', text: 'hết nghiêng', emphasisBefore: { italic: true } },
        { op: 'equal', text: '.', emphasis: { underline: true } },
      ],
    };
    const { body, accepted, rejected } = review([row]);
    expect([accepted, rejected]).toEqual([['Trước đậm mới và hết nghiêng.'], ['Trước đậm mới và hết nghiêng.']]);
    const runs = descendants(body, 'w:r').map((r) => {
      const rPr = child(r, 'w:rPr');
      const names = (el: XmlElement | undefined) => (el ? el.children.filter((c): c is XmlElement => typeof c !== 'string').map((c) => c.name) : []);
      const change = rPr && child(rPr, 'w:rPrChange');
      return [descendants(r, 'w:t').map((t) => t.children.join('')).join(''), names(rPr), names(change && child(change, 'w:rPr'))];
    });
    expect(runs).toEqual([
      ['Trước ', [], []],
      ['đậm mới', ['w:b', 'w:bCs', 'w:rPrChange'], []],
      [' và ', [], []],
      ['hết nghiêng', ['w:rPrChange'], ['w:i', 'w:iCs']],
      ['.', ['w:u'], []],
    ]);
    expect(revisionAttributesProblems(body)).toEqual([]);
  });

  it('tracks a change of block type or level as w:pPrChange holding the older paragraph style', () => {
    const row: ComparisonRow = { op: 'modified', left: { number: '3', text: 'Đại biểu dự khuyết', type: 'heading', level: 1 }, right: { number: '2.1', text: 'Đại biểu dự khuyết', type: 'heading', level: 2 }, tokens: [eq('Đại biểu dự khuyết')] };
    const { body, accepted, rejected } = review([row]);
    const pPr = child(elements(body, 'w:p')[0], 'w:pPr')!;
    expect(child(pPr, 'w:pStyle')!.attrs['w:val']).toBe('Heading4');
    const change = child(pPr, 'w:pPrChange')!;
    expect(child(child(change, 'w:pPr')!, 'w:pStyle')!.attrs['w:val']).toBe('Heading3');
    expect(pPr.children.filter((c): c is XmlElement => typeof c !== 'string').at(-1)!.name).toBe('w:pPrChange');
    expect([accepted, rejected]).toEqual([['2.1. Đại biểu dự khuyết'], ['3. Đại biểu dự khuyết']]);
  });
});
