// @vitest-environment jsdom
import type { Node } from 'prosemirror-model';
import { EditorState, type Plugin } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { describe, expect, it } from 'vitest';
import { numberingKey } from '../../../shared/editor/keys.ts';
import { givenNumberingPlugin, labelsOf, numberingPlugin } from '../../../shared/editor/plugins/numberingPlugin.ts';
import { schema } from '../../../shared/editor/schema.ts';
import { DEFAULT_SCHEME, withRule } from '../../../shared/numbering/index.ts';
import { numberViewsPlugin } from '../../../renderer/editor/numbering/numberViews.ts';
import { doc, h, p, sec, tgt } from '../blockIds/fixtures.ts';

const sample = () => doc(sec('s1', 'Một'), h(1, 'a', 'A'), p('pa', 'nội dung'), tgt('t1', 'chỉ tiêu'), sec('s2', 'Hai'));

function viewOf(d: Node, numbering: Plugin): EditorView {
  return new EditorView(document.createElement('div'), { state: EditorState.create({ schema, doc: d, plugins: [numbering, numberViewsPlugin()] }) });
}

/** Each top-level block's text with the number it shows (data-number, drawn by CSS), as a reader sees it. */
const shown = (view: EditorView) => [...view.dom.children].map((el) => `${el.getAttribute('data-number') ?? ''}${el.textContent}`);

describe('number views', () => {
  it('draw the numbers the editor derives as attributes, never as text', () => {
    const view = viewOf(sample(), numberingPlugin());
    expect(shown(view)).toEqual(['I. Một', '1. A', 'nội dung', '(1) chỉ tiêu', 'II. Hai']);
    expect(view.state.doc.textContent).not.toContain('I.');
    view.destroy();
  });

  it('redraw every number when the scheme changes', () => {
    const view = viewOf(sample(), numberingPlugin());
    view.dispatch(view.state.tr.setMeta(numberingKey, withRule(DEFAULT_SCHEME, 'section', { style: 'decimal' })));
    expect(shown(view)).toEqual(['1. Một', '1. A', 'nội dung', '(1) chỉ tiêu', '2. Hai']);
    view.destroy();
  });

  it('draw a read-only version with the numbers it was given, blocks not in it unnumbered', () => {
    // As the server numbered a draft with its own scheme; s2 stands for a block deleted since then.
    const numbers = new Map([['s1', 'III'], ['a', '3.1'], ['t1', '(12)']]);
    const view = viewOf(sample(), givenNumberingPlugin(numbers));
    expect(shown(view)).toEqual(['III. Một', '3.1. A', 'nội dung', '(12) chỉ tiêu', 'Hai']);
    expect(labelsOf(view.state)).toEqual(['III', '3.1', null, '(12)', null]);
    view.destroy();
  });
});
