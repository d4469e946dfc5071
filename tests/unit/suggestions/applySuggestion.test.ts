// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { EditorView } from 'prosemirror-view';
import { encodeRelativePosition } from '../../../shared/comments/yPositions.ts';
import { schema } from '../../../shared/editor/schema.ts';
import { applySuggestion, suggestionState } from '../../../shared/suggestions/applySuggestion.ts';
import { makeSuggestionAnchor } from '../../../shared/suggestions/makeSuggestionAnchor.ts';
import { doc, p } from '../blockIds/fixtures.ts';
import { find, twoEditors } from '../comments/anchorEditors.ts';

const TWO = 'Thành phố Hải Phòng mới có quy mô dân số trên 4,6 triệu người, đứng thứ 4 cả nước.';

let open: ReturnType<typeof twoEditors> | undefined;
afterEach(() => open?.destroy());

/** The change a suggestion makes, anchored in `view` on `from`–`to`, as the editor's suggestion mode makes it. */
function suggest(view: EditorView, from: number, to: number, inserted: string) {
  const anchor = makeSuggestionAnchor(view.state.doc, from, to, (pos) => encodeRelativePosition(view.state, pos));
  if (!anchor) throw new Error('no anchor');
  return { anchor, change: { start: anchor.start, end: anchor.end, deletedText: anchor.quote, insertedText: inserted } };
}

describe('a suggestion made in one editor, applied to the other editor\'s Y.Doc (as the server applies it)', () => {
  it('replaces the deleted text, inserts at a point, and inserts at the end of a paragraph', () => {
    open = twoEditors(doc(p('p1', TWO), p('p2', 'Kinh tế tăng trưởng khá.')));
    const { a, b, docs } = open;
    const replace = suggest(a, find(a, 'quy mô dân số').from, find(a, 'quy mô dân số').to, 'dân số');
    expect(replace.anchor).toMatchObject({ blockId: 'p1', quote: 'quy mô dân số', suffix: ' trên 4,6 triệu người, đứng thứ ' });
    const point = find(a, 'khá').from;
    const insert = suggest(a, point, point, 'rất ');
    const end = a.state.doc.child(1).nodeSize + a.state.doc.child(0).nodeSize - 1;
    const atEnd = suggest(a, end, end, ' Đạt mục tiêu.');
    expect(atEnd.anchor.quote).toBe('');
    docs[1].transact(() => {
      for (const s of [replace, insert, atEnd]) expect(applySuggestion(docs[1], s.change)).toEqual({ applied: true });
    }, 'test');
    expect(b.state.doc.child(0).textContent).toBe('Thành phố Hải Phòng mới có dân số trên 4,6 triệu người, đứng thứ 4 cả nước.');
    expect(a.state.doc.child(1).textContent).toBe('Kinh tế tăng trưởng rất khá. Đạt mục tiêu.');
  });

  it('keeps the formatting of the text before the insertion, as typing there would', () => {
    const bold = schema.marks.strong;
    open = twoEditors(doc(schema.nodes.paragraph.create({ id: 'p1' }, [schema.text('Nghị quyết ', [bold.create()]), schema.text('Đại hội')])));
    const { a, docs } = open;
    const at = find(a, 'Đại hội').from - 1;
    const s = suggest(a, at, at, 'số 1');
    docs[1].transact(() => applySuggestion(docs[1], s.change), 'test');
    expect(a.state.doc.textContent).toBe('Nghị quyếtsố 1 Đại hội');
    const marked = a.state.doc.child(0).child(0);
    expect([marked.text, marked.marks.map((m) => m.type.name)]).toEqual(['Nghị quyếtsố 1 ', [bold.name]]);
  });

  it('is stale, and writes nothing, once its text was edited; applies anyway over the current text when that is what is expected', () => {
    open = twoEditors(doc(p('p1', TWO)));
    const { a, b, docs } = open;
    const s = suggest(a, find(a, 'quy mô dân số').from, find(a, 'quy mô dân số').to, 'dân số');
    b.dispatch(b.state.tr.insertText('lớn ', find(b, 'dân số').from));
    expect(suggestionState(docs[1], s.change)).toEqual({ stale: true, current: 'quy mô lớn dân số' });
    const before = a.state.doc.textContent;
    expect(applySuggestion(docs[1], s.change)).toEqual({ applied: false, current: 'quy mô lớn dân số' });
    expect(a.state.doc.textContent).toBe(before);
    expect(applySuggestion(docs[1], s.change, 'quy mô lớn dân số')).toEqual({ applied: true });
    expect(a.state.doc.textContent).toContain('mới có dân số trên');
  });

  it('is stale when its paragraph was split between its ends (the current text is what is left before the split), and has no current text once its paragraph is deleted', () => {
    open = twoEditors(doc(p('p1', TWO), p('p2', 'Kinh tế tăng trưởng khá.')));
    const { a, b, docs } = open;
    const split = suggest(a, find(a, 'quy mô dân số').from, find(a, 'quy mô dân số').to, 'dân số');
    const gone = suggest(a, find(a, 'Kinh tế').from, find(a, 'Kinh tế').to, 'Nền kinh tế');
    b.dispatch(b.state.tr.split(find(b, 'dân số').from));
    const second = b.state.doc.child(2);
    b.dispatch(b.state.tr.delete(b.state.doc.content.size - second.nodeSize, b.state.doc.content.size));
    expect(suggestionState(docs[0], split.change)).toEqual({ stale: true, current: 'quy mô ' });
    expect(applySuggestion(docs[0], split.change)).toEqual({ applied: false, current: 'quy mô ' });
    expect(suggestionState(docs[0], gone.change)).toEqual({ stale: true, current: null });
  });

  it('is not made across two paragraphs: the server applies a suggestion to one run of text', () => {
    open = twoEditors(doc(p('p1', TWO), p('p2', 'Kinh tế tăng trưởng khá.')));
    const { a } = open;
    expect(makeSuggestionAnchor(a.state.doc, find(a, 'cả nước').from, find(a, 'Kinh tế').to, (pos) => encodeRelativePosition(a.state, pos))).toBeNull();
  });
});
