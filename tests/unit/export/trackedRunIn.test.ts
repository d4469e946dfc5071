import { describe, expect, it } from 'vitest';
import { exportComparisonJob } from '../../../main/services/jobs/exportComparisonJob.ts';
import { exportDraftJob } from '../../../main/services/jobs/exportJobs.ts';
import type { ComparisonRow } from '../../../shared/export/comparisonRow.ts';
import { exportComparisonDocx } from '../../../shared/export/exportComparisonDocx.ts';
import { type BlockJson, trackedDrafts } from '../../fixtures/trackedDrafts.ts';
import { del, eq, equal, expectedBoldOff, ins, inserted, leftTexts, merged, paired, rightTexts, side, split } from './comparisonCases.ts';
import { documentBody, reviewedBoldOff, reviewedDraft, reviewedParagraphs, revisionAttributesProblems, unzipDocx } from './docxKit.ts';
import { descendants } from './miniXml.ts';

const heading = (text: string, number: string | null = '1') => side(text, number, 'heading');
const docOf = (rows: ComparisonRow[]) => documentBody(unzipDocx(exportComparisonDocx(rows, { author: 'Kiểm thử', date: '2025-09-15T00:00:00Z' })));
const rightSides = (rows: ComparisonRow[]) => rows.flatMap((r) => (r.moveTo !== undefined || !r.right ? [] : r.op === 'split' && r.parts ? [...r.parts] : [r.right]));
const leftSides = (rows: ComparisonRow[]) => rows.flatMap((r) => (r.moveFrom !== undefined || !r.left ? [] : r.op === 'merged' && r.parts ? [...r.parts] : [r.left]));

describe('run-in headings in the tracked .docx print as each draft’s own export prints them', () => {
  const cases: [string, ComparisonRow[]][] = [
    ['an unchanged run-in point', [equal('Công tác chuẩn bị Đại hội: Được triển khai nghiêm túc.', '1', 'heading'), equal('Một đoạn văn: không phải đề mục.')]],
    ['a word edited in its body', [paired('modified', [eq('Công tác chuẩn bị Đại hội: Được triển khai nghiêm '), del('túc'), ins('chỉnh'), eq('.')], '1', '1', 'heading')]],
    ['a lead-in that grows its colon (starts running in)', [paired('modified', [eq('Công tác chuẩn bị'), ins(': Được triển khai nghiêm túc')], '1', '1', 'heading')]],
    ['a lead-in that loses its colon (stops running in)', [paired('modified', [eq('Công tác tổ chức'), del(': Được triển khai khẩn trương')], '2', '2', 'heading')]],
    ['a lead-in that moves its colon', [paired('modified', [eq('Nhân sự'), ins(':'), eq(' Đại hội'), del(':'), eq(' được chuẩn bị kỹ')], '3', '3', 'heading')]],
    ['inserted and deleted run-in points', [inserted('Nhân sự: Được chuẩn bị kỹ', '3', 'heading'), { op: 'deleted', left: heading('Chủ đề: Tiếp tục đổi mới', '4'), right: null, tokens: [del('Chủ đề: Tiếp tục đổi mới')] }]],
    [
      'a paragraph made a heading, and a heading made a paragraph',
      [
        { op: 'modified', left: side('Nội dung: Đại hội tiến hành các nội dung chính'), right: heading('Nội dung: Đại hội tiến hành các nội dung chính', '5'), tokens: [eq('Nội dung: Đại hội tiến hành các nội dung chính')] },
        { op: 'modified', left: heading('Kết quả: Đại hội thành công tốt đẹp', '6'), right: side('Kết quả: Đại hội thành công tốt đẹp'), tokens: [eq('Kết quả: Đại hội thành công tốt đẹp')] },
      ],
    ],
    ['a run-in point with a line break in its body', [equal('Kết quả bầu cử: Đã bầu 61 đồng chí\nvào Ban Chấp hành', '7', 'heading')]],
    ['a run-in point split after its lead-in', [split([eq('Công tác chuẩn bị: Được triển khai.'), ins('\n'), eq('Đã xong: các văn kiện')], heading('Công tác chuẩn bị: Được triển khai.Đã xong: các văn kiện'), [heading('Công tác chuẩn bị: Được triển khai.'), heading('Đã xong: các văn kiện', '2')])]],
    ['two run-in points merged', [merged([eq('Về tuổi: Bình quân 52'), del('\n'), ins(' '), eq('Về giới: 15 nữ')], [heading('Về tuổi: Bình quân 52'), heading('Về giới: 15 nữ', '2')], heading('Về tuổi: Bình quân 52 Về giới: 15 nữ'))]],
  ];

  it.each(cases)('%s: accept gives the newer’s bold-off body, reject the older’s', (_name, rows) => {
    const body = docOf(rows);
    expect(reviewedDraft(body, 'accept')).toEqual(rightTexts(rows));
    expect(reviewedDraft(body, 'reject')).toEqual(leftTexts(rows));
    expect(reviewedBoldOff(body, 'accept').slice(0, rightSides(rows).length)).toEqual(rightSides(rows).map(expectedBoldOff));
    expect(reviewedBoldOff(body, 'reject').slice(0, leftSides(rows).length)).toEqual(leftSides(rows).map(expectedBoldOff));
    expect(revisionAttributesProblems(body)).toEqual([]);
  });

  it('tracks a point that starts running in as a formatting change of its body (w:rPrChange), not as new text', () => {
    const body = docOf(cases[2][1]);
    const changes = descendants(body, 'w:rPrChange');
    expect(changes).toHaveLength(0); // the body is inserted text: it carries its own plain look
    const retyped = docOf(cases[6][1]);
    // Both bodies kept their text; only their look changed, each tracked with the look rejecting restores.
    expect(descendants(retyped, 'w:rPrChange')).toHaveLength(2);
    // Only the numbers are tracked as text: "5. " inserted, "6. " deleted.
    const tracked = (name: string) => descendants(retyped, name).map((el) => [...descendants(el, 'w:t'), ...descendants(el, 'w:delText')].map((t) => t.children.join('')).join(''));
    expect([tracked('w:ins'), tracked('w:del')]).toEqual([['5. '], ['6. ']]);
  });
});

describe('the city report’s tracked .docx (draft 3 → 4)', () => {
  const { older, newer } = trackedDrafts();
  const stored = (blocks: BlockJson[], number: number) => ({ stored: { blocks, numbering: null }, label: `DỰ THẢO LẦN ${number}` });
  const body = documentBody(unzipDocx(exportComparisonJob({ older: stored(older, 3), newer: stored(newer, 4), fileName: 'x.docx', title: 'T', author: 'A', date: '2025-09-20T00:00:00Z' }).bytes));
  const own = (blocks: BlockJson[], number: number) => documentBody(unzipDocx(exportDraftJob({ blocks, numbering: null, number, title: 'T', format: 'docx' }).bytes));

  it('prints "1. Công tác chuẩn bị Đại hội: Được triển khai…" with only its number and lead-in bold, on accept, on reject and as it opens', () => {
    for (const mode of ['accept', 'reject', 'asIs'] as const) {
      const texts = reviewedParagraphs(body, mode);
      const at = texts.findIndex((t) => t.startsWith('1. Công tác chuẩn bị Đại hội:'));
      const off = reviewedBoldOff(body, mode)[at];
      expect(off, mode).toEqual([['1. Công tác chuẩn bị Đại hội:'.length, texts[at].length]]);
    }
  });

  it('switches bold off exactly where each draft’s own export does, paragraph by paragraph', () => {
    const expectedAccept = reviewedBoldOff(own(newer, 4), 'asIs');
    const expectedReject = reviewedBoldOff(own(older, 3), 'asIs');
    expect(expectedAccept.filter((s) => s.length > 0).length).toBeGreaterThan(5);
    expect(reviewedBoldOff(body, 'accept')).toEqual(expectedAccept);
    expect(reviewedBoldOff(body, 'reject')).toEqual(expectedReject);
  });
});
