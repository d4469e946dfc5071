import { describe, expect, it } from 'vitest';
import type { ComparisonRow } from '../../../shared/export/comparisonRow.ts';
import { exportComparisonDocx } from '../../../shared/export/exportComparisonDocx.ts';
import { del, deleted, eq, equal, ins, inserted, leftTexts, paired, rightTexts } from './comparisonCases.ts';
import { documentBody, reviewedParagraphs, revisionAttributesProblems, unzipDocx } from './docxKit.ts';
import { descendants, elements, parseXml } from './miniXml.ts';
import { HAI_PHONG_HEADER } from './fixtures.ts';
import { EMPTY_HEADER } from '../../../shared/document/header.ts';

const OPTIONS = { author: 'Tiểu ban Văn kiện', date: '2025-09-15T00:00:00Z' };

function review(rows: ComparisonRow[]) {
  const parts = unzipDocx(exportComparisonDocx(rows, OPTIONS));
  for (const [path, xml] of Object.entries(parts)) expect(() => parseXml(xml), path).not.toThrow();
  const body = documentBody(parts);
  // A wholly inserted or deleted last block is followed by one empty untracked paragraph
  // (a document's last paragraph mark cannot be removed); it is not part of either draft.
  const last = rows.at(-1);
  const trailing = last !== undefined && (last.left === null) !== (last.right === null);
  const trim = (ps: string[]) => {
    if (trailing) expect(ps.at(-1)).toBe('');
    return trailing ? ps.slice(0, -1) : ps;
  };
  return { parts, body, accepted: trim(reviewedParagraphs(body, 'accept')), rejected: trim(reviewedParagraphs(body, 'reject')) };
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

  it('does not track a number that only changed by renumbering', () => {
    const { body } = review([paired('modified', [eq('Kinh tế'), ins(' số')], '2', '3', 'heading')]);
    expect(descendants(body, 'w:ins').flatMap((e) => descendants(e, 'w:t')).map((t) => t.children.join(''))).toEqual([' số']);
    expect(reviewedParagraphs(body, 'asIs')).toEqual(['3. Kinh tế số']);
  });

  it('explains a moved paragraph in a Word comment', () => {
    const { parts, body } = review([paired('moved', [eq('Đoạn chuyển chỗ.')], 'Ba là', 'Một là', 'ordinal')]);
    const comments = elements(parseXml(parts['word/comments.xml']), 'w:comment');
    expect(comments.map((c) => descendants(c, 'w:t').map((t) => t.children.join('')).join(''))).toEqual(['Đoạn này được chuyển vị trí (trước là mục Ba là).']);
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

  it('prints the newer draft’s header untracked above the rows', () => {
    const bytes = exportComparisonDocx([inserted('Mới.'), equal('Giữ.')], { ...OPTIONS, header: { ...EMPTY_HEADER, ...HAI_PHONG_HEADER } });
    const body = documentBody(unzipDocx(bytes));
    expect(elements(body, 'w:tbl')).toHaveLength(1);
    expect(reviewedParagraphs(body, 'accept')).toEqual(['BÁO CÁO CHÍNH TRỊ', HAI_PHONG_HEADER.title, '-----', 'DỰ THẢO LẦN 3', 'Mới.', 'Giữ.']);
  });
});
