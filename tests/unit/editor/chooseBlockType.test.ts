// @vitest-environment jsdom
import { TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseBlockType } from '../../../shared/editor/commands/chooseBlockType.ts';
import { setBlockType } from '../../../shared/editor/commands/setBlockType.ts';
import { doc, p, sec } from '../blockIds/fixtures.ts';
import { editorOn, stopCapturing, undoIn } from '../comments/anchorEditors.ts';

let view: EditorView | undefined;
afterEach(() => view?.destroy());

/** An editor bound to a Y.Doc (undo by Yjs, as in the app) holding a section and one paragraph, the caret at the paragraph's end. */
function editor(): EditorView {
  view = editorOn(new Y.Doc());
  view.dispatch(view.state.tr.replaceWith(0, view.state.doc.content.size, doc(sec('s1', 'Phần một'), p('p1', 'Chỉ tiêu')).content));
  stopCapturing(view);
  view.dispatch(view.state.tr.setSelection(TextSelection.atEnd(view.state.doc)));
  return view;
}
const type = (v: EditorView, text: string) => v.dispatch(v.state.tr.insertText(text));
const last = (v: EditorView) => ({ type: v.state.doc.lastChild!.type.name, text: v.state.doc.lastChild!.textContent });

// Every edit below lands within the undo manager's 500 ms capture window of the one before it.
describe('choosing a block type', () => {
  it('is an undo step of its own: Ctrl+Z after typing right after it takes back the typing and keeps the type', () => {
    const v = editor();
    type(v, ' dán');
    expect(chooseBlockType({ type: 'target', level: null })(v.state, v.dispatch, v)).toBe(true);
    type(v, ' đạt 90%');
    undoIn(v);
    expect(last(v)).toEqual({ type: 'target', text: 'Chỉ tiêu dán' });
    undoIn(v);
    expect(last(v)).toEqual({ type: 'paragraph', text: 'Chỉ tiêu dán' });
    undoIn(v);
    expect(last(v)).toEqual({ type: 'paragraph', text: 'Chỉ tiêu' });
  });

  it('is undone with the typing around it when made by the bare command, which is why the choice is wrapped', () => {
    const v = editor();
    type(v, ' dán');
    setBlockType('target')(v.state, v.dispatch, v);
    type(v, ' đạt 90%');
    undoIn(v);
    expect(last(v)).toEqual({ type: 'paragraph', text: 'Chỉ tiêu' });
  });

  it('leaves the step being typed open when the block already has that type', () => {
    const v = editor();
    type(v, ' dán');
    expect(chooseBlockType({ type: 'paragraph', level: null })(v.state, v.dispatch, v)).toBe(false);
    type(v, ' đạt 90%');
    undoIn(v);
    expect(last(v)).toEqual({ type: 'paragraph', text: 'Chỉ tiêu' });
  });
});
