import { EditorState, TextSelection } from 'prosemirror-state';
import type { DecorationSet } from 'prosemirror-view';
import { describe, expect, it } from 'vitest';
import { runInKey } from '../../../shared/editor/keys.ts';
import { schema } from '../../../shared/editor/schema.ts';
import { isBlankDocument } from '../../../renderer/editor/hint/emptyDocHint.ts';
import { readOnlyPlugins } from '../../../renderer/editor/readOnlyPlugins.ts';
import { runInPlugin } from '../../../renderer/editor/runIn/runInPlugin.ts';
import { doc, h, p, sec } from '../blockIds/fixtures.ts';

const RUN_IN = 'Công tác chuẩn bị Đại hội: Được triển khai nghiêm túc.';
const stateOf = (d: ReturnType<typeof doc>) => EditorState.create({ doc: d, schema, plugins: [runInPlugin()] });
/** The text each run-in body decoration covers, in document order. */
const bodies = (state: EditorState) =>
  (runInKey.getState(state) as DecorationSet)
    .find()
    .map((d) => state.doc.textBetween(d.from, d.to));

describe('run-in headings in the editor', () => {
  it('draws the body after the lead-in colon as body text, and nothing of a heading that does not run in', () => {
    const state = stateOf(doc(sec('s', 'VỀ CÔNG TÁC CHUẨN BỊ'), h(1, 'a', RUN_IN), h(1, 'b', 'Đại biểu chính thức'), p('x', 'Nội dung: một đoạn văn.')));
    expect(bodies(state)).toEqual([' Được triển khai nghiêm túc.']);
  });

  it('follows typing in the heading: a colon typed away, then back', () => {
    const state = stateOf(doc(h(1, 'a', RUN_IN), p('x', 'Sau.')));
    const colon = 1 + RUN_IN.indexOf(':');
    const without = state.apply(state.tr.delete(colon, colon + 1));
    expect(bodies(without)).toEqual([]);
    const back = without.apply(without.tr.insertText(':', colon));
    expect(bodies(back)).toEqual([' Được triển khai nghiêm túc.']);
    const longer = back.apply(back.tr.insertText(' Kịp thời', back.doc.firstChild!.nodeSize - 1));
    expect(bodies(longer)).toEqual([' Được triển khai nghiêm túc. Kịp thời']);
  });

  it('redraws every block a typing-only transaction touched, and the whole document on a structure edit', () => {
    const state = stateOf(doc(h(1, 'a', 'Một: hai'), p('x', 'Sau.'), h(1, 'b', 'Ba: bốn')));
    // One transaction typing in two blocks (as "replace all" does).
    const second = state.doc.child(0).nodeSize + state.doc.child(1).nodeSize;
    const typed = state.apply(state.tr.insertText('!', second + 1 + 'Ba: bốn'.length).insertText('?', 1 + 'Một: hai'.length));
    expect(bodies(typed)).toEqual([' hai?', ' bốn!']);
    // Retyped into a paragraph: no longer a heading, so no run-in.
    const retyped = typed.apply(typed.tr.setNodeMarkup(0, schema.nodes.paragraph, { id: 'a' }));
    expect(bodies(retyped)).toEqual([' bốn!']);
    const moved = retyped.apply(retyped.tr.setSelection(TextSelection.create(retyped.doc, 1)));
    expect(runInKey.getState(moved)).toBe(runInKey.getState(retyped));
  });
});

describe('a blank document', () => {
  it('is one empty paragraph, and nothing else', () => {
    expect(isBlankDocument(doc(p('a')))).toBe(true);
    expect(isBlankDocument(doc(p('a', 'Đ')))).toBe(false);
    expect(isBlankDocument(doc(p('a'), p('b')))).toBe(false);
    expect(isBlankDocument(doc(h(1, 'a')))).toBe(false);
  });
});

describe('run-in headings in read-only views', () => {
  it('are drawn as in the editor: a draft view and "who changed what" use the same plugins', () => {
    const state = EditorState.create({ doc: doc(h(1, 'a', RUN_IN), p('x', 'Sau.')), schema, plugins: readOnlyPlugins(new Map([['a', '1.']])) });
    expect(bodies(state)).toEqual([' Được triển khai nghiêm túc.']);
  });
});
