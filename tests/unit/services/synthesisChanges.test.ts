import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freezeDraft } from '../../../main/services/drafts/index.ts';
import { writeDocumentContent } from '../../../main/services/drafts/writeDocumentContent.ts';
import { changeOfCluster } from '../../../main/services/feedback/changeOfCluster.ts';
import { DraftReader } from '../../../main/services/feedback/DraftReader.ts';
import { ItemPlaces } from '../../../main/services/feedback/ItemPlaces.ts';
import { reportDraftNumber } from '../../../main/services/feedback/reportDraftNumber.ts';
import { WorkspaceStore } from '../../../main/storage/WorkspaceStore.ts';
import { docFromFlatBlocks } from '../../../shared/content/build.ts';
import type { FlatBlock } from '../../../shared/document/flatBlock.ts';
import type { FeedbackLink } from '../../../shared/feedback/links/feedbackLink.ts';
import type { FeedbackItem } from '../../../shared/feedback/model.ts';
import { changeText } from '../../../shared/feedback/synthesis/changeText.ts';
import { tempDir } from '../../helpers/tempDir.ts';

const block = (id: string, type: FlatBlock['type'], text: string): FlatBlock => ({ id, type, level: type === 'heading' ? 1 : null, text });
const DRAFT_1 = [
  block('s1', 'section', 'KẾT QUẢ ĐẠT ĐƯỢC'),
  block('p1', 'paragraph', 'Công tác chuẩn bị được triển khai nghiêm túc.'),
  block('t1', 'target', 'Tỷ lệ hộ nghèo giảm còn dưới 1%.'),
  block('p2', 'paragraph', 'Đời sống của nhân dân được cải thiện.'),
  block('s2', 'section', 'PHƯƠNG HƯỚNG, NHIỆM VỤ'),
];

describe('what changed for a cluster, and where its comments sit', () => {
  let dir: ReturnType<typeof tempDir>;
  let store: WorkspaceStore;
  let documentId: string;

  beforeEach(() => {
    dir = tempDir();
    store = WorkspaceStore.create(join(dir.path, 'gop-y.vkws'), 'Góp ý');
    documentId = store.documents.create('political_report', 'Báo cáo chính trị').id;
    writeDocumentContent(store, documentId, docFromFlatBlocks(DRAFT_1));
    freezeDraft(store, documentId, { stage: 'subcommittee', author: 'Tổ biên tập', note: '' }, 'test');
    // Draft 2: a word changed, the target removed, a tone mark moved (orthography only).
    const draft2 = [DRAFT_1[0], block('p1', 'paragraph', 'Công tác chuẩn bị được triển khai nghiêm chỉnh.'), block('p2', 'paragraph', 'Đời sống của nhân dân được cải thiện.'), DRAFT_1[4]];
    writeDocumentContent(store, documentId, docFromFlatBlocks(draft2));
    freezeDraft(store, documentId, { stage: 'standing_board', author: 'Tổ biên tập', note: '' }, 'test');
    writeDocumentContent(store, documentId, docFromFlatBlocks([...draft2.slice(0, 2), block('p2', 'paragraph', 'Đời sống của nhân dân được cải thiện rõ rệt.'), DRAFT_1[4]]));
  });
  afterEach(() => {
    store.close();
    dir.remove();
  });

  it('compares the block in the draft commented on with the same block in the next frozen draft', () => {
    const reader = new DraftReader(store, documentId);
    const change = (ids: string[]) => changeOfCluster(reader, 1, { itemIds: ['x'], blockIds: ids });
    expect(change(['p1'])).toEqual({ next: 'Dự thảo lần 2', blocks: [{ kind: 'changed', blockId: 'p1', number: null, text: 'Công tác chuẩn bị được triển khai nghiêm chỉnh.', minor: false }] });
    expect(change(['t1'])).toEqual({ next: 'Dự thảo lần 2', blocks: [{ kind: 'removed', blockId: 't1' }] });
    expect(change(['p2', 's2'])!.blocks).toEqual([{ kind: 'unchanged', blockId: 'p2' }, { kind: 'unchanged', blockId: 's2' }]);
    // A block the draft commented on never had is left out; no block, no comparison.
    expect(change(['khong-co'])!.blocks).toEqual([]);
    expect(changeOfCluster(reader, 1, { itemIds: ['x'], blockIds: [] })).toBeNull();
  });

  it('writes the change a comment of the cluster is linked to, the latest link, instead of the comparison', () => {
    const reader = new DraftReader(store, documentId);
    const link = (itemId: string, createdAt: string, how: 'suggestion' | 'person', oldText: string, newText: string): FeedbackLink => ({
      id: `l-${itemId}`, itemId, documentId, suggestionId: how === 'suggestion' ? 's-1' : null, olderDraft: 1, newerDraft: how === 'person' ? 2 : null,
      olderBlockId: 'p1', newerBlockId: 'p1', oldText, newText, how, createdBy: 'an', createdAt,
    });
    const links = new Map([
      ['a', link('a', '2026-12-01T08:00:00Z', 'person', 'nghiêm túc', 'nghiêm chỉnh')],
      ['b', link('b', '2026-12-02T08:00:00Z', 'suggestion', 'nghiêm túc', 'khẩn trương')],
    ]);
    const change = changeOfCluster(reader, 1, { itemIds: ['a', 'b', 'c'], blockIds: ['p1'] }, (id) => links.get(id) ?? null);
    expect(change).toEqual({ next: 'bản đang soạn', blocks: [{ kind: 'linked', blockId: 'p1', oldText: 'nghiêm túc', newText: 'khẩn trương', how: 'suggestion' }] });
    expect(changeText(change)).toBe('Tiếp thu qua đề xuất sửa: “nghiêm túc” sửa thành “khẩn trương”.');
    links.delete('b');
    const byPerson = changeOfCluster(reader, 1, { itemIds: ['a', 'c'], blockIds: ['p1'] }, (id) => links.get(id) ?? null);
    expect(byPerson!.next).toBe('Dự thảo lần 2');
    expect(changeText({ next: 'Dự thảo lần 2', blocks: [{ kind: 'linked', blockId: 'p1', oldText: 'rõ rệt', newText: '', how: 'person' }] })).toBe('Tiếp thu: bỏ “rõ rệt”.');
    // With no link, the comparison speaks.
    expect(changeOfCluster(reader, 1, { itemIds: ['c'], blockIds: ['p1'] }, (id) => links.get(id) ?? null)!.blocks[0].kind).toBe('changed');
  });

  it('compares the last draft with the working copy, and has nothing to compare the working copy with', () => {
    const reader = new DraftReader(store, documentId);
    expect(changeOfCluster(reader, 2, { itemIds: ['x'], blockIds: ['p2'] })).toEqual({
      next: 'bản đang soạn', blocks: [{ kind: 'changed', blockId: 'p2', number: null, text: 'Đời sống của nhân dân được cải thiện rõ rệt.', minor: false }],
    });
    expect(changeOfCluster(reader, null, { itemIds: ['x'], blockIds: ['p2'] })).toEqual({ next: null, blocks: [] });
  });

  it('places a comment in its section by the draft commented on, else by the version it was anchored on, else nowhere (its block deleted)', () => {
    const places = new ItemPlaces(new DraftReader(store, documentId), 2);
    expect(places.placeOf({ blockIds: ['p2'], draftNumber: 2, confidence: 1, evidence: ['manual'] })).toMatchObject({ sectionId: 's1', sectionNumber: 'I', paragraph: 2, headingNumber: null, blockType: 'paragraph', blockOrder: 2 });
    // t1 is gone from draft 2 but the comment was anchored on draft 1: placed by draft 1, after draft 2's own blocks.
    expect(places.placeOf({ blockIds: ['t1'], draftNumber: 1, confidence: 1, evidence: ['quote'] })).toMatchObject({ sectionId: 's1', blockOrder: 1_000_002, blockText: 'Tỷ lệ hộ nghèo giảm còn dưới 1%.' });
    expect(places.placeOf({ blockIds: ['t1'], draftNumber: 2, confidence: 1, evidence: ['quote'] })).toBeNull();
    expect(places.placeOf(null)).toBeNull();
  });
});

describe('which draft a synthesis report is about', () => {
  const item = (id: string, draftNumber: number | null, anchorDraft: number | null = null) =>
    ({ id, draftNumber, anchor: anchorDraft === null ? null : { blockIds: ['b'], draftNumber: anchorDraft, confidence: 1, evidence: ['manual'] } }) as unknown as FeedbackItem;
  const items = [item('a', 1), item('b', 2), item('c', null), item('d', null, 2), item('e', 2)];
  const ids = (result: { items: FeedbackItem[] }) => result.items.map((i) => i.id);

  it.each([
    { requested: undefined, stored: [1, 2], draft: 2, taken: ['b', 'c', 'd', 'e'] },
    { requested: 1, stored: [1, 2], draft: 1, taken: ['a'] },
    { requested: 2, stored: [1, 2, 3], draft: 2, taken: ['b', 'd', 'e'] },
    { requested: 3, stored: [1, 2, 3], draft: 3, taken: ['c'] },
  ])('draft $requested of stored $stored: draft $draft with $taken', ({ requested, stored, draft, taken }) => {
    const result = reportDraftNumber(items, stored, requested);
    expect([result.draftNumber, ids(result)]).toEqual([draft, taken]);
  });

  it('takes the last stored draft when no comment names one, none without drafts, and refuses a draft that is nowhere', () => {
    expect(reportDraftNumber([item('c', null)], [1, 2], undefined).draftNumber).toBe(2);
    expect(reportDraftNumber([item('c', null)], [], undefined)).toMatchObject({ draftNumber: null, items: [{ id: 'c' }] });
    expect(() => reportDraftNumber(items, [1, 2], 5)).toThrow(/Không có Dự thảo lần 5.*lần 1, lần 2/u);
    expect(() => reportDraftNumber([], [], 1)).toThrow(/chưa có dự thảo nào/u);
  });
});
