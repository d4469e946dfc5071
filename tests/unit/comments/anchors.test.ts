// @vitest-environment jsdom
import { Node } from 'prosemirror-model';
import { TextSelection } from 'prosemirror-state';
import * as Y from 'yjs';
import { splitBlock, joinBackward } from 'prosemirror-commands';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveAnchor } from '../../../shared/comments/resolveAnchor.ts';
import { schema } from '../../../shared/editor/schema.ts';
import { moveSectionCommand } from '../../../shared/editor/commands/moveSectionCommand.ts';
import { doc, p, sec } from '../blockIds/fixtures.ts';
import { anchorOn, find, placeIn, stopCapturing, twoEditors, undoIn } from './anchorEditors.ts';

// Sentences of the corpus (noi-bat-dai-hoi.txt).
const ONE = 'Đây là Đại hội đầu tiên sau hợp nhất thành phố Hải Phòng và tỉnh Hải Dương.';
const TWO = 'Thành phố Hải Phòng mới có quy mô dân số trên 4,6 triệu người, đứng thứ 4 cả nước.';
const THREE = 'Công tác chuẩn bị Đại hội được chỉ đạo và tổ chức thực hiện khẩn trương, khoa học.';
const content = () => doc(sec('s1', 'Phần một'), p('p1', `${ONE} ${TWO}`), p('p2', THREE), sec('s2', 'Phần hai'), p('p3', 'Các văn kiện Đại hội được chuẩn bị kỹ lưỡng.'));

let open: ReturnType<typeof twoEditors> | undefined;
afterEach(() => open?.destroy());

describe('a comment anchor', () => {
  it('covers the commented text in the other editor at once, by its relative positions', () => {
    open = twoEditors(content());
    const anchor = anchorOn(open.a, 'quy mô dân số');
    expect(anchor).toMatchObject({ blockId: 'p1', quote: 'quy mô dân số', suffix: ' trên 4,6 triệu người, đứng thứ ' });
    expect(anchor.prefix.endsWith('Thành phố Hải Phòng mới có ')).toBe(true);
    expect(placeIn(open.b, anchor)).toMatchObject({ status: 'anchored', via: 'positions', text: 'quy mô dân số' });
  });

  it('follows the commented text when someone else edits inside and around it', () => {
    open = twoEditors(content());
    const anchor = anchorOn(open.a, 'quy mô dân số');
    const { b } = open;
    const inside = find(b, 'dân số').from;
    b.dispatch(b.state.tr.insertText('toàn bộ ', inside));
    b.dispatch(b.state.tr.insertText('Hiện nay, ', find(b, 'Thành phố Hải Phòng mới').from));
    expect(placeIn(open.a, anchor)).toMatchObject({ status: 'anchored', via: 'positions', text: 'quy mô toàn bộ dân số' });
  });

  it('stays on its half when the paragraph is split, and on the text when two paragraphs are merged', () => {
    open = twoEditors(content());
    const { a, b } = open;
    const early = anchorOn(a, 'hợp nhất thành phố');
    const late = anchorOn(a, 'đứng thứ 4 cả nước');
    const second = anchorOn(a, 'tổ chức thực hiện');
    b.dispatch(b.state.tr.setSelection(TextSelection.create(b.state.doc, find(b, 'Thành phố Hải Phòng mới').from)));
    splitBlock(b.state, b.dispatch);
    expect(b.state.doc.childCount).toBe(6);
    expect(placeIn(a, early)).toMatchObject({ status: 'anchored', text: 'hợp nhất thành phố' });
    expect(placeIn(a, late)).toMatchObject({ status: 'anchored', text: 'đứng thứ 4 cả nước' });
    b.dispatch(b.state.tr.setSelection(TextSelection.create(b.state.doc, find(b, THREE).from)));
    joinBackward(b.state, b.dispatch);
    expect(b.state.doc.childCount).toBe(5);
    expect(placeIn(a, second)).toMatchObject({ status: 'anchored', text: 'tổ chức thực hiện' });
  });

  it('finds the text again after it was cut and pasted elsewhere', () => {
    open = twoEditors(content());
    const { a, b } = open;
    const anchor = anchorOn(a, 'khẩn trương');
    const { from, to } = find(b, THREE);
    const slice = b.state.doc.slice(from, to);
    b.dispatch(b.state.tr.delete(from, to));
    expect(b.state.doc.textContent).not.toContain('khẩn trương');
    b.dispatch(b.state.tr.replace(find(b, 'Các văn kiện').from, find(b, 'Các văn kiện').from, slice));
    expect(placeIn(a, anchor)).toMatchObject({ status: 'anchored', via: 'document', text: 'khẩn trương' });
  });

  it('is orphaned with its quote while its text is deleted, and back on it after undo', () => {
    open = twoEditors(content());
    const { a, b } = open;
    const anchor = anchorOn(a, 'khẩn trương, khoa học');
    const { from, to } = find(b, 'thực hiện khẩn trương, khoa học');
    b.dispatch(b.state.tr.delete(from, to));
    expect(placeIn(a, anchor)).toEqual({ status: 'orphaned' });
    expect(anchor.quote).toBe('khẩn trương, khoa học');
    stopCapturing(b);
    undoIn(b);
    expect(placeIn(a, anchor)).toMatchObject({ status: 'anchored', text: 'khẩn trương, khoa học' });
  });

  it('moves with its block when the section is moved', () => {
    open = twoEditors(content());
    const { a, b } = open;
    const anchor = anchorOn(a, 'chuẩn bị kỹ lưỡng');
    expect(moveSectionCommand('s2', 's1')(b.state, b.dispatch)).toBe(true);
    expect(b.state.doc.firstChild!.textContent).toBe('Phần hai');
    const place = placeIn(a, anchor);
    expect(place).toMatchObject({ status: 'anchored', text: 'chuẩn bị kỹ lưỡng' });
    expect(place.status === 'anchored' && place.from).toBeLessThan(find(a, 'Phần một').from);
  });

  it('tells apart two places of one quote by its prefix and suffix', () => {
    const text = () => doc(p('x1', 'Đại hội lần này. Đại hội bầu ban chấp hành.'), p('x2', 'Sau đó Đại hội bế mạc.'));
    open = twoEditors(text());
    const second = anchorOn(open.a, 'Đại hội', 1);
    const first = anchorOn(open.a, 'Đại hội', 0);
    // The same text typed from scratch in another document: its positions reach nothing there.
    const retyped = twoEditors(text());
    try {
      const place = placeIn(retyped.a, second);
      expect(place).toMatchObject({ status: 'anchored', via: 'block', text: 'Đại hội' });
      expect(place.status === 'anchored' && place.from).toBe(find(retyped.a, 'Đại hội', 1).from);
      expect(placeIn(retyped.a, first)).toMatchObject({ via: 'block', from: find(retyped.a, 'Đại hội', 0).from });
      // Without the block (another id), across the document, the context still decides.
      expect(placeIn(retyped.a, { ...second, blockId: 'gone' })).toMatchObject({ via: 'document', from: find(retyped.a, 'Đại hội', 1).from });
    } finally {
      retyped.destroy();
    }
  });

  it('finds its quote whatever the tone placement and case of the retyped text', () => {
    open = twoEditors(doc(p('q1', 'Bản thảo về hoà bình và thuỷ lợi của tỉnh.')));
    const { a, b } = open;
    const anchor = anchorOn(a, 'hoà bình và thuỷ lợi');
    b.dispatch(b.state.tr.replaceWith(0, b.state.doc.content.size, doc(p('q2', 'Bản thảo về HÒA BÌNH VÀ THỦY LỢI của tỉnh.')).content));
    expect(placeIn(a, anchor)).toMatchObject({ status: 'anchored', text: 'HÒA BÌNH VÀ THỦY LỢI' });
  });

  it('is found approximately when its text was retyped with a few words changed', () => {
    open = twoEditors(content());
    const { a, b } = open;
    const anchor = anchorOn(a, 'được chỉ đạo và tổ chức thực hiện khẩn trương');
    const { from, to } = find(b, THREE);
    b.dispatch(b.state.tr.delete(from, to));
    b.dispatch(b.state.tr.insertText('Công tác chuẩn bị Đại hội đã được chỉ đạo và tổ chức thực hiện rất khẩn trương.', from));
    expect(placeIn(a, anchor)).toMatchObject({ status: 'anchored', via: 'document' });
  });

  it('is orphaned, never moved onto unrelated text, when its text is gone', () => {
    open = twoEditors(content());
    const { a, b } = open;
    const anchor = anchorOn(a, 'tỉnh Hải Dương');
    b.dispatch(b.state.tr.replaceWith(0, b.state.doc.content.size, doc(p('n1', 'Nội dung hoàn toàn khác.')).content));
    expect(placeIn(a, anchor)).toEqual({ status: 'orphaned' });
  });

  it('treats malformed relative positions as lost and still finds the quote', () => {
    open = twoEditors(content());
    const anchor = { ...anchorOn(open.a, 'khẩn trương'), start: 'không phải base64!', end: 'AAAA' };
    expect(placeIn(open.b, anchor)).toMatchObject({ status: 'anchored', via: 'block', text: 'khẩn trương' });
  });

  it('lands on its text in a draft frozen after it was made, whatever the working copy became since', () => {
    open = twoEditors(content());
    const { a, b } = open;
    const anchor = anchorOn(a, 'tổ chức thực hiện');
    // Frozen as draft.freeze keeps it (the content's JSON), then the working copy moves on.
    const frozen = Node.fromJSON(schema, b.state.doc.toJSON());
    const { from, to } = find(b, THREE);
    b.dispatch(b.state.tr.delete(from, to));
    expect(placeIn(a, anchor)).toEqual({ status: 'orphaned' });
    // The draft view has no live binding: the block and the quote place it.
    const place = resolveAnchor(frozen, anchor, () => null);
    expect(place).toMatchObject({ status: 'anchored', via: 'block' });
    expect(place.status === 'anchored' && frozen.textBetween(place.from, place.to)).toBe('tổ chức thực hiện');
  });

  it('ignores a position on another root type, without making that type in the editor\'s Y.Doc', () => {
    open = twoEditors(content());
    const foreign = new Y.Doc();
    const rel = Y.createRelativePositionFromTypeIndex(foreign.getText('somewhere-else'), 0);
    const encoded = Buffer.from(Y.encodeRelativePosition(rel)).toString('base64');
    const anchor = { ...anchorOn(open.a, 'khẩn trương'), start: encoded, end: encoded };
    expect(placeIn(open.b, anchor)).toMatchObject({ status: 'anchored', via: 'block', text: 'khẩn trương' });
    expect([...open.docs[1].share.keys()]).not.toContain('somewhere-else');
  });
});
