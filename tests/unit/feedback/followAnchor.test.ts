import { describe, expect, it } from 'vitest';
import { anchorComment, followAnchor, indexDraft, quoteSelectorOf } from '../../../shared/feedback/anchoring/index.ts';
import { draftOf, h, p, sec } from './draftBuilder.ts';

const KINH_TE = 'Phát triển dịch vụ logistics, thương mại và cảng biển hiện đại, tận dụng cơ chế đặc thù của Nghị quyết 226/2025/QH15.';
const DU_LICH = 'Xây dựng Cát Bà thành “đảo xanh”, Đồ Sơn thành trung tâm du lịch đa chức năng.';
const NONG_NGHIEP = 'Phát triển nông nghiệp hàng hóa hiện đại, hiệu quả, bền vững.';

const draft3 = indexDraft(draftOf([sec('KINH TẾ'), h(1, 'Dịch vụ'), p(KINH_TE), p(DU_LICH), p(NONG_NGHIEP)], ['s', 'h', 'a', 'b', 'c']), 3);
const comment = 'Đoạn “Đồ Sơn thành trung tâm du lịch đa chức năng” đề nghị nêu rõ lộ trình';
const anchor = anchorComment(draft3, { text: comment })!;
const quote = quoteSelectorOf(draft3, anchor, 'Đồ Sơn thành trung tâm du lịch đa chức năng');

describe('followAnchor', () => {
  it('anchors the comment in draft 3 and keeps its quote with context', () => {
    expect(anchor.blockIds).toEqual(['b']);
    expect(quote).toEqual({ exact: 'Đồ Sơn thành trung tâm du lịch đa chức năng', prefix: 'dựng Cát Bà thành “đảo xanh”,', suffix: '.' });
  });

  it('follows the block by id into a later draft where it was edited and moved', () => {
    const draft4 = indexDraft(draftOf([sec('KINH TẾ'), h(1, 'Dịch vụ'), p(`${DU_LICH} Phát triển du lịch biển.`), p(KINH_TE)], ['s', 'h', 'b', 'a']), 4);
    expect(followAnchor(anchor, quote, draft4)).toEqual({ status: 'kept', anchor: { ...anchor, draftNumber: 4 }, lost: [] });
  });

  it('keeps the blocks still there and names the ones deleted', () => {
    const two = { ...anchor, blockIds: ['a', 'b'] };
    const draft4 = indexDraft(draftOf([sec('KINH TẾ'), h(1, 'Dịch vụ'), p(KINH_TE), p(NONG_NGHIEP)], ['s', 'h', 'a', 'c']), 4);
    expect(followAnchor(two, quote, draft4)).toMatchObject({ status: 'kept', anchor: { blockIds: ['a'], draftNumber: 4 }, lost: ['b'] });
  });

  it('finds the quote again when its block was deleted and the wording moved into a new block', () => {
    const draft4 = indexDraft(draftOf([sec('KINH TẾ'), h(1, 'Dịch vụ'), p(`${KINH_TE} ${DU_LICH}`), p(NONG_NGHIEP)], ['s', 'h', 'a2', 'c']), 4);
    const followed = followAnchor(anchor, quote, draft4);
    expect(followed).toMatchObject({ status: 'requoted', anchor: { blockIds: ['a2'], draftNumber: 4, evidence: ['quote'] }, lost: ['b'] });
  });

  it('reports a comment whose block and wording were deleted as orphaned, with its quote', () => {
    const draft4 = indexDraft(draftOf([sec('KINH TẾ'), h(1, 'Dịch vụ'), p(KINH_TE), p(NONG_NGHIEP)], ['s', 'h', 'a', 'c']), 4);
    expect(followAnchor(anchor, quote, draft4)).toEqual({ status: 'orphaned', quote: 'Đồ Sơn thành trung tâm du lịch đa chức năng', lost: ['b'] });
  });

  it('reports an anchor without a quote whose block was deleted as orphaned', () => {
    const draft4 = indexDraft(draftOf([sec('KINH TẾ')], ['s']), 4);
    expect(followAnchor({ ...anchor, blockIds: ['h'] }, null, draft4)).toEqual({ status: 'orphaned', quote: null, lost: ['h'] });
  });

  it('follows into an empty draft as orphaned', () => {
    expect(followAnchor(anchor, quote, indexDraft([], 5))).toMatchObject({ status: 'orphaned', lost: ['b'] });
  });
});
