import { describe, expect, it } from 'vitest';
import type { FeedbackStatus } from '../../../shared/feedback/model.ts';
import { annexRows } from '../../../shared/feedback/synthesis/annexRows.ts';
import { buildSynthesis, type SynthesisInput } from '../../../shared/feedback/synthesis/buildSynthesis.ts';
import { changeText } from '../../../shared/feedback/synthesis/changeText.ts';
import { decisionOf } from '../../../shared/feedback/synthesis/decisionOf.ts';
import { placeLabel } from '../../../shared/feedback/synthesis/placeLabel.ts';
import { reportDate } from '../../../shared/feedback/synthesis/reportDate.ts';
import type { ItemPlace, SynthesisItem } from '../../../shared/feedback/synthesis/synthesisTypes.ts';

/** A place in a draft: section I holds blocks 1–4 (a heading "1" at 3), section II blocks 6–8; block 0 is the opening. */
function at(blockOrder: number, number: string | null = null, blockType = 'paragraph'): ItemPlace {
  const section = blockOrder >= 5 ? { sectionId: 's2', sectionLabel: 'II. PHƯƠNG HƯỚNG, NHIỆM VỤ', sectionNumber: 'II', first: 5 } : blockOrder >= 1 ? { sectionId: 's1', sectionLabel: 'I. KẾT QUẢ ĐẠT ĐƯỢC', sectionNumber: 'I', first: 1 } : null;
  const underHeading = section?.sectionId === 's1' && blockOrder > 3;
  return {
    sectionId: section?.sectionId ?? null, sectionLabel: section?.sectionLabel ?? '', sectionNumber: section?.sectionNumber ?? null,
    blockOrder, blockId: blockOrder === section?.first ? section.sectionId : `b${blockOrder}`, blockNumber: number, blockType,
    headingNumber: underHeading ? '1' : null, paragraph: underHeading ? blockOrder - 3 : section ? blockOrder - section.first : blockOrder + 1, blockText: `Đoạn ${blockOrder}`,
  };
}

let n = 0;
function item(fields: Partial<SynthesisItem> & { source?: string }): SynthesisItem {
  n += 1;
  const source = fields.source ?? `Đơn vị ${n}`;
  return { id: `i${n}`, text: `Ý kiến ${n}`, sourceKey: `name:${source}`, sourceLabel: source, status: 'new', response: '', clusterId: null, place: null, ...fields };
}

const input = (items: SynthesisItem[], representatives: [string, string][] = []): SynthesisInput => ({
  issuingBody: 'ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG\nTIỂU BAN VĂN KIỆN', place: 'Hải Phòng', date: 'ngày 03 tháng 12 năm 2026',
  documentTitle: 'Báo cáo chính trị', draftNumber: 2, items, representatives: new Map(representatives),
});

describe('the synthesis report model', () => {
  it('groups by section in draft order, inside a section by block order, the unanchored in a last part "Chưa gắn vị trí"', () => {
    const items = [
      item({ place: at(7), text: 'về mục II' }),
      item({ text: 'chung chung' }),
      item({ place: at(3), text: 'về (2)' }),
      item({ place: at(0), text: 'về phần mở đầu' }),
      item({ place: at(2), text: 'về đoạn đầu mục I' }),
    ];
    const report = buildSynthesis(input(items));
    expect(report.parts.map((p) => [p.title, p.entries.map((e) => e.wording)])).toEqual([
      ['Ý kiến về phần mở đầu', ['về phần mở đầu']],
      ['Ý kiến về mục I. KẾT QUẢ ĐẠT ĐƯỢC', ['về đoạn đầu mục I', 'về (2)']],
      ['Ý kiến về mục II. PHƯƠNG HƯỚNG, NHIỆM VỤ', ['về mục II']],
      ['Chưa gắn vị trí', ['chung chung']],
    ]);
    expect(report.title).toBe('Tổng hợp ý kiến góp ý vào dự thảo Báo cáo chính trị (Dự thảo lần 2)');
    expect([report.comments, report.sources]).toEqual([5, 5]);
  });

  it('counts a cluster "N ý kiến của M đơn vị" by sender (an unnamed sender one of its own), a singleton "1 ý kiến của 1 đơn vị", the representative wording first', () => {
    const items = [
      item({ clusterId: 'c', source: 'Xã An Lão', text: 'bản sao', place: at(3) }),
      item({ clusterId: 'c', source: 'Xã An Lão', text: 'bản gốc', place: at(3) }),
      item({ clusterId: 'c', source: 'Phường Lê Chân', text: 'bản sao 2', place: at(3) }),
      item({ clusterId: 'c', sourceKey: null, sourceLabel: '', text: 'không ghi đơn vị', place: at(3) }),
      item({ place: at(3), text: 'một mình' }),
    ];
    const report = buildSynthesis(input(items, [['c', items[1].id]]));
    const [cluster, single] = report.parts[0].entries;
    expect(cluster).toMatchObject({ comments: 4, sources: 3, countLabel: '4 ý kiến của 3 đơn vị', wording: 'bản gốc' });
    expect(cluster.senders).toEqual([{ label: 'Xã An Lão', comments: 2 }, { label: 'Phường Lê Chân', comments: 1 }, { label: 'Không ghi đơn vị', comments: 1 }]);
    expect(single.countLabel).toBe('1 ý kiến của 1 đơn vị');
    // The larger cluster first on the same block; the report counts senders across all comments.
    expect(report.sources).toBe(4);
  });

  it('places a cluster at its representative’s block, else at its first anchored member’s, and lists every anchored block once', () => {
    const items = [item({ clusterId: 'c' }), item({ clusterId: 'c', place: at(7) }), item({ clusterId: 'c', place: at(2) }), item({ clusterId: 'c', place: at(2) })];
    const [entry] = buildSynthesis(input(items, [['c', items[0].id]])).parts[0].entries;
    expect(entry.place?.blockOrder).toBe(2);
    expect(entry.blockIds).toEqual(['b2', 'b7']);
    const placedByRepresentative = buildSynthesis(input(items, [['c', items[1].id]])).parts[0];
    expect(placedByRepresentative.title).toBe('Ý kiến về mục II. PHƯƠNG HƯỚNG, NHIỆM VỤ');
  });

  it('gives the decision of members that agree, and counts the statuses and answers of members that do not', () => {
    expect(decisionOf([{ status: 'accepted', response: 'Tiếp thu.' }, { status: 'accepted', response: 'Tiếp thu.' }, { status: 'accepted', response: '' }]))
      .toEqual({ decision: 'Tiếp thu', answer: 'Tiếp thu.' });
    const mixed = (statuses: FeedbackStatus[]) => statuses.map((status, i) => ({ status, response: i === 0 ? 'Đã có trong Chương trình hành động.' : 'Tiếp thu.' }));
    expect(decisionOf(mixed(['explained', 'accepted', 'accepted', 'new']))).toEqual({
      decision: 'Chưa thống nhất: 2 Tiếp thu, 1 Mới, 1 Giải trình',
      answer: '(3 ý kiến) Tiếp thu.\n(1 ý kiến) Đã có trong Chương trình hành động.',
    });
    expect(decisionOf([{ status: 'new', response: '' }])).toEqual({ decision: 'Mới', answer: '' });
  });

  it('says what changed: unchanged, the new wording, a removed block, and nothing to compare', () => {
    expect(changeText({ next: 'Dự thảo lần 3', blocks: [{ kind: 'unchanged', blockId: 'b' }] })).toBe('Không thay đổi.');
    expect(changeText({ next: 'Dự thảo lần 3', blocks: [{ kind: 'removed', blockId: 'b' }] })).toBe('Đoạn này đã bỏ.');
    expect(changeText({ next: 'Dự thảo lần 3', blocks: [{ kind: 'changed', blockId: 'b', number: '(2)', text: 'Thu ngân sách tăng 16%/năm.', minor: false }] }))
      .toBe('Đã sửa thành: “(2) Thu ngân sách tăng 16%/năm.”');
    expect(changeText({ next: 'bản đang soạn', blocks: [{ kind: 'changed', blockId: 'b', number: null, text: 'Hoà bình.', minor: true }, { kind: 'removed', blockId: 'c' }] }))
      .toBe('Đoạn 1: Sửa câu chữ thành: “Hoà bình.”\nĐoạn 2: Đoạn này đã bỏ.');
    expect(changeText({ next: null, blocks: [] })).toBe('Chưa có dự thảo sau để đối chiếu.');
    expect(changeText(null)).toBe('Chưa gắn vị trí trong dự thảo nên chưa đối chiếu.');
  });

  it('names places as compilers write them, and dates as 36-HD writes them', () => {
    expect([placeLabel(at(1)), placeLabel(at(2)), placeLabel(at(3, '1', 'heading')), placeLabel(at(4, '(2)', 'target')), placeLabel(at(4)), placeLabel(at(6, 'Một là', 'ordinal')), placeLabel(at(0)), placeLabel(null)])
      .toEqual(['Mục I', 'Mục I, đoạn 1', 'Mục I, tiểu mục 1', 'Mục I, tiểu mục 1, chỉ tiêu (2)', 'Mục I, tiểu mục 1, đoạn 1', 'Mục II, Một là', 'Phần mở đầu, đoạn 1', 'Chưa gắn vị trí']);
    expect([reportDate(new Date(Date.UTC(2026, 1, 3))), reportDate(new Date(Date.UTC(2026, 11, 25)))]).toEqual(['ngày 03 tháng 02 năm 2026', 'ngày 25 tháng 12 năm 2026']);
  });

  it('numbers the annex rows on through the parts, a row per part, every text NFC', () => {
    const decomposed = 'Hoà bình'.normalize('NFD');
    const items = [item({ place: at(2), text: decomposed, status: 'accepted', response: 'Tiếp thu.' }), item({}), item({ place: at(7) })];
    const report = buildSynthesis(input(items));
    const rows = annexRows(report);
    expect(rows.map((r) => (r.kind === 'part' ? r.title : r.cells[0]))).toEqual(['I. Ý kiến về mục I. KẾT QUẢ ĐẠT ĐƯỢC', '1', 'II. Ý kiến về mục II. PHƯƠNG HƯỚNG, NHIỆM VỤ', '2', 'III. Chưa gắn vị trí', '3']);
    const first = rows[1];
    expect(first.kind === 'entry' && first.cells).toEqual(['1', 'Mục I, đoạn 1', 'Đoạn 2', 'Hoà bình'.normalize('NFC'), `${items[0].sourceLabel} (1)`, 'Tiếp thu.\nTiếp thu.']);
    expect(report.statusCounts).toEqual([{ status: 'new', label: 'Mới', comments: 2 }, { status: 'accepted', label: 'Tiếp thu', comments: 1 }]);
  });

  it('makes an empty report of a draft nobody commented on', () => {
    const report = buildSynthesis({ ...input([]), draftNumber: null });
    expect([report.parts, report.comments, report.title]).toEqual([[], 0, 'Tổng hợp ý kiến góp ý vào dự thảo Báo cáo chính trị']);
  });
});
