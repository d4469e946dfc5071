// @vitest-environment jsdom
import { EditorState, TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { describe, expect, it } from 'vitest';
import { docFromFlatBlocks } from '../../../shared/content/build.ts';
import { nfcInputPlugin } from '../../../shared/editor/plugins/nfcInput.ts';
import { schema } from '../../../shared/editor/schema.ts';

function viewWith(text: string): EditorView {
  const doc = docFromFlatBlocks([{ id: 'p', type: 'paragraph', level: null, text }]);
  const state = EditorState.create({ schema, doc, plugins: [nfcInputPlugin()] });
  const view = new EditorView(document.createElement('div'), { state });
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, 1 + text.length)));
  return view;
}

/** Types as the browser does: the handleTextInput props first, the default insertion otherwise. */
function type(view: EditorView, text: string): void {
  const { from, to } = view.state.selection;
  const handled = view.someProp('handleTextInput', (f) => f(view, from, to, text, () => view.state.tr.insertText(text, from, to)));
  if (!handled) view.dispatch(view.state.tr.insertText(text, from, to));
}

describe('NFC input', () => {
  it.each([
    ['a base letter then its tone mark typed separately', 'ho', ['a', '\u0300'], 'hoà'],
    ['a decomposed syllable typed at once', 'Vi', ['e\u0323\u0302t'], 'Việt'],
    ['ordinary composed text', 'Đảng', [' bộ'], 'Đảng bộ'],
  ])('stores %s as NFC', (_label, start, inputs, expected) => {
    const view = viewWith(start);
    for (const input of inputs) type(view, input);
    expect(view.state.doc.textContent).toBe(expected);
    expect(view.state.doc.textContent).toBe(view.state.doc.textContent.normalize('NFC'));
    view.destroy();
  });

  it('normalises pasted text', () => {
    const view = viewWith('');
    const pasted = view.someProp('transformPastedText', (f) => f('uy\u0309 ban', false, view));
    expect(pasted).toBe('uỷ ban');
    view.destroy();
  });
});
