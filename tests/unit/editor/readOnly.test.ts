import { toggleMark } from 'prosemirror-commands';
import { EditorState, TextSelection } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { ySyncPluginKey } from 'y-prosemirror';
import { moveSectionAtCursor } from '../../../shared/editor/commands/moveSectionAtCursor.ts';
import { setBlockType } from '../../../shared/editor/commands/setBlockType.ts';
import { blockIdsPlugin } from '../../../shared/editor/plugins/blockIds.ts';
import { readOnlyPlugin, setReadOnly } from '../../../shared/editor/plugins/readOnly.ts';
import { schema } from '../../../shared/editor/schema.ts';
import { doc, h, p, sec } from '../blockIds/fixtures.ts';

const text = () => doc(sec('s1', 'VỀ CÔNG TÁC CHUẨN BỊ'), p('a', 'Đại hội đã thành công tốt đẹp.'), sec('s2', 'PHƯƠNG HƯỚNG'), h(1, 'b', 'Một là: giữ vững ổn định.'));
const stateOf = (readOnly: boolean) => {
  const state = EditorState.create({ doc: text(), schema, plugins: [readOnlyPlugin(readOnly), blockIdsPlugin()] });
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, state.doc.child(0).nodeSize + 2, state.doc.child(0).nodeSize + 8)));
};
const run = (state: EditorState, command: (s: EditorState, d: (tr: never) => void) => boolean) => {
  let next = state;
  command(state, (tr) => (next = state.apply(tr)));
  return next;
};

describe('a read-only editor', () => {
  const attempts = (state: EditorState) => [
    run(state, toggleMark(schema.marks.strong) as never),
      run(state, setBlockType('heading', 1) as never),
      run(state, moveSectionAtCursor('down') as never),
      state.apply(state.tr.insertText('chữ của người góp ý')),
      state.apply(state.tr.replaceSelectionWith(schema.text('dán vào'))),
      state.apply(state.tr.delete(1, state.doc.content.size - 1)),
    ];

  it('refuses what the toolbar, the section keys, paste and typing would change', () => {
    const state = stateOf(true);
    for (const after of attempts(state)) expect(after.doc.eq(state.doc)).toBe(true);
    // The same attempts in an editable editor each change the text.
    const editable = stateOf(false);
    for (const after of attempts(editable)) expect(after.doc.eq(editable.doc)).toBe(false);
  });

  it('still takes what y-sync puts in from the Y.Doc, selections and metas', () => {
    const state = stateOf(true);
    const remote = state.apply(state.tr.insertText('Từ người biên tập. ', 1).setMeta(ySyncPluginKey, { isChangeOrigin: true }));
    expect(remote.doc.textContent).toContain('Từ người biên tập.');
    const selected = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 3)));
    expect(selected.selection.from).toBe(3);
  });

  it('edits again once the server says it may, and not before', () => {
    const state = stateOf(true);
    const editable = state.apply(setReadOnly(state.tr, false));
    expect(editable.apply(editable.tr.insertText('Nay được sửa.', 2)).doc.textContent).toContain('Nay được sửa.');
    const editing = stateOf(false);
    expect(editing.apply(editing.tr.insertText('Sửa', 2)).doc.textContent).toContain('Sửa');
    const locked = editing.apply(setReadOnly(editing.tr, true));
    expect(locked.apply(locked.tr.insertText('Sửa', 2)).doc.eq(locked.doc)).toBe(true);
  });
});
