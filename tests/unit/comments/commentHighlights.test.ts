// @vitest-environment jsdom
import { EditorState, TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { describe, expect, it } from 'vitest';
import { commentsKey } from '../../../shared/editor/keys.ts';
import { schema } from '../../../shared/editor/schema.ts';
import { commentHighlightsPlugin, commentOnSelection } from '../../../renderer/editor/comments/commentHighlights.ts';
import { doc, p } from '../blockIds/fixtures.ts';

function viewOf(): EditorView {
  const state = EditorState.create({ schema, doc: doc(p('a', 'Kinh tế tăng trưởng khá.')), plugins: [commentHighlightsPlugin()] });
  return new EditorView(document.createElement('div'), { state });
}

describe('comment highlights', () => {
  it('draw overlapping ranges as decorations, never as marks in the document', () => {
    const view = viewOf();
    const before = view.state.doc;
    view.dispatch(view.state.tr.setMeta(commentsKey, { ranges: [{ threadId: 't1', from: 1, to: 8 }, { threadId: 't2', from: 5, to: 20 }] }));
    expect(view.state.doc.eq(before)).toBe(true);
    expect(new Set([...view.dom.querySelectorAll('.comment-range')].map((el) => el.getAttribute('data-thread')))).toEqual(new Set(['t1', 't2']));
    view.destroy();
  });

  it('follow the text through an edit before them, and drop a range whose text is deleted', () => {
    const view = viewOf();
    view.dispatch(view.state.tr.setMeta(commentsKey, { ranges: [{ threadId: 't1', from: 9, to: 20 }, { threadId: 't2', from: 1, to: 5 }] }));
    view.dispatch(view.state.tr.insertText('Nhìn chung, ', 1).delete(13, 17));
    const ranges = commentsKey.getState(view.state)!.ranges;
    expect(ranges.map((r) => [r.threadId, view.state.doc.textBetween(r.from, r.to)])).toEqual([['t1', 'tăng trưởng']]);
    view.destroy();
  });

  it('put the thread in focus that was clicked, and ask to comment only on a selection with text', () => {
    const view = viewOf();
    view.dispatch(view.state.tr.setMeta(commentsKey, { ranges: [{ threadId: 't1', from: 1, to: 20 }, { threadId: 't2', from: 9, to: 12 }] }));
    view.someProp('handleClick', (f) => f(view, 10, new MouseEvent('click')));
    expect(commentsKey.getState(view.state)!.active).toBe('t2');
    expect(commentOnSelection(view.state, view.dispatch)).toBe(false);
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, 1, 8)));
    expect(commentOnSelection(view.state, view.dispatch)).toBe(true);
    expect(commentsKey.getState(view.state)!.compose).toEqual({ from: 1, to: 8, count: 1 });
    // Overlapping decorations share a span (ProseMirror merges their attributes): the focused range is the text drawn active.
    expect([...view.dom.querySelectorAll('.comment-active')].map((el) => el.textContent).join('')).toBe(view.state.doc.textBetween(9, 12));
    view.destroy();
  });
});
