import type { Node } from 'prosemirror-model';
import { EditorState, TextSelection, type Command, type Transaction } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { blockIdsPlugin } from '../../../shared/editor/plugins/blockIds.ts';
import { docFromFlatBlocks } from '../../../shared/content/build.ts';
import { flattenDoc } from '../../../shared/document/flatten.ts';
import { schema } from '../../../shared/editor/schema.ts';
import { closeFind, findStep, openFind, refreshFind, replaceAll, replaceCurrent, searchFor } from '../../../shared/editor/commands/findCommands.ts';
import { findPlugin, type FindView } from '../../../renderer/editor/find/findPlugin.ts';
import { findKey } from '../../../shared/editor/keys.ts';
import { labelsOf, numberingPlugin } from '../../../shared/editor/plugins/numberingPlugin.ts';

const BLOCKS = [
  { id: 's1', type: 'section' as const, level: null, text: 'XÂY DỰNG ĐẢNG VÀ HỆ THỐNG CHÍNH TRỊ' },
  { id: 'h1', type: 'heading' as const, level: 1, text: 'Giữ vững hoà bình, ổn định' },
  { id: 'p1', type: 'paragraph' as const, level: null, text: 'Bảo đảm hài hòa giữa tăng trưởng và hoàn thiện thể chế; Hoà hợp dân tộc.' },
  { id: 't1', type: 'table' as const, level: null, text: 'Chỉ tiêu\tGhi chú\nHoà vốn\tđạt' },
];

function editor(doc: Node = docFromFlatBlocks(BLOCKS)): EditorState {
  return EditorState.create({ doc, schema, plugins: [blockIdsPlugin(), numberingPlugin(), findPlugin()] });
}

/** Runs a command as the view would, returning the new state and the transactions dispatched. */
function exec(state: EditorState, command: Command): { state: EditorState; trs: Transaction[] } {
  const trs: Transaction[] = [];
  expect(command(state, (tr) => trs.push(tr))).toBe(true);
  for (const tr of trs) state = state.apply(tr);
  return { state, trs };
}

const find = (state: EditorState) => findKey.getState(state) as FindView;
const texts = (state: EditorState) => find(state).matches.map((m) => state.doc.textBetween(m.from, m.to));
const selected = (state: EditorState) => state.doc.textBetween(state.selection.from, state.selection.to);
const blockShape = (state: EditorState) => flattenDoc(state.doc).map((b) => `${b.id}:${b.type}`);

function searching(query: string, replacing = false): EditorState {
  let state = exec(editor(), openFind(replacing)).state;
  state = exec(state, searchFor(query, false)).state;
  return state;
}

describe('find plugin', () => {
  it('does nothing while the bar is closed: typing keeps the very same state object', () => {
    const state = editor();
    const typed = state.apply(state.tr.insertText('x', 3));
    expect(find(typed)).toBe(find(state));
    expect(find(typed).decorations.find()).toEqual([]);
  });

  it('finds every spelling, highlights them all and selects the first from the caret', () => {
    const state = searching('hòa');
    expect(texts(state)).toEqual(['hoà', 'hòa', 'hoàn', 'Hoà', 'Hoà']);
    expect(find(state).current).toBe(0);
    expect(selected(state)).toBe('hoà');
    const decorations = find(state).decorations.find();
    expect(decorations).toHaveLength(5);
    expect(decorations.filter((d) => d.spec.current).map((d) => state.doc.textBetween(d.from, d.to))).toEqual(['hoà']);
  });

  it('takes the selected text as the query when it opens', () => {
    let state = editor();
    const start = state.doc.child(0).nodeSize + 1 + 'Giữ vững '.length;
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, start, start + 'hoà bình'.length)));
    state = exec(state, openFind(false)).state;
    expect(find(state).query).toBe('hoà bình');
    expect(texts(state)).toEqual(['hoà bình']);
  });

  it('steps forwards and backwards, wrapping at both ends', () => {
    let state = searching('hoà');
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      state = exec(state, findStep(1)).state;
      order.push(`${find(state).current}:${selected(state)}`);
    }
    expect(order).toEqual(['1:hòa', '2:hoàn', '3:Hoà', '4:Hoà', '0:hoà']);
    state = exec(state, findStep(-1)).state;
    expect(find(state).current).toBe(4);
  });

  it('maps the matches through an edit and searches again when asked', () => {
    let state = searching('hoà');
    state = state.apply(state.tr.insertText('Nền hoà bình. ', 1));
    expect(find(state).stale).toBe(true);
    expect(texts(state)).toEqual(['hoà', 'hòa', 'hoàn', 'Hoà', 'Hoà']);
    state = exec(state, refreshFind).state;
    expect(find(state).stale).toBe(false);
    expect(texts(state)).toEqual(['hoà', 'hoà', 'hòa', 'hoàn', 'Hoà', 'Hoà']);
  });

  it('forgets the matches when closed but remembers the query', () => {
    let state = exec(searching('hoà'), closeFind).state;
    expect(find(state).open).toBe(false);
    expect(find(state).decorations.find()).toEqual([]);
    state = exec(state, openFind(false)).state;
    expect(find(state).query).toBe('hoà');
    expect(find(state).matches).toHaveLength(5);
  });
});

describe('replace', () => {
  it('matches whole syllables only, so "hoàn" is left alone', () => {
    expect(texts(searching('hoà', true))).toEqual(['hoà', 'hòa', 'Hoà', 'Hoà']);
  });

  it('replaces the current match with NFC text, keeps its marks, and selects the next one', () => {
    const bold = schema.marks.strong.create();
    const doc = schema.nodes.doc.create(null, [
      schema.nodes.paragraph.create({ id: 'a' }, [schema.text('Hoà', [bold]), schema.text(' bình và hoà hợp')]),
    ]);
    let state = exec(exec(editor(doc), openFind(true)).state, searchFor('hoà', false)).state;
    state = exec(state, replaceCurrent('Ho\u0061\u0300 giải')).state;
    expect(state.doc.child(0).textContent).toBe('Hoà giải bình và hoà hợp');
    expect(state.doc.child(0).firstChild!.text).toBe('Hoà giải');
    expect(state.doc.child(0).firstChild!.marks.map((m) => m.type.name)).toEqual(['strong']);
    expect(selected(state)).toBe('hoà');
    expect(find(state).current).toBe(1);
  });

  it('does not loop on a replacement the query also finds', () => {
    let state = searching('hoà', true);
    state = exec(state, replaceCurrent('hòa')).state;
    expect(find(state).current).toBe(1);
    expect(selected(state)).toBe('hòa');
    expect(state.doc.textBetween(find(state).matches[0].from, find(state).matches[0].to)).toBe('hòa');
  });

  it('replaces every match in one transaction, keeps ids, types and numbering, and says how many', () => {
    const before = searching('hoà', true);
    const { state, trs } = exec(before, replaceAll('an'));
    expect(trs).toHaveLength(1);
    expect(find(state).replaced).toBe(4);
    expect(find(state).matches).toEqual([]);
    expect(flattenDoc(state.doc).map((b) => b.text)).toEqual([
      'XÂY DỰNG ĐẢNG VÀ HỆ THỐNG CHÍNH TRỊ',
      'Giữ vững an bình, ổn định',
      'Bảo đảm hài an giữa tăng trưởng và hoàn thiện thể chế; an hợp dân tộc.',
      'Chỉ tiêu\tGhi chú\nan vốn\tđạt',
    ]);
    expect(blockShape(state)).toEqual(blockShape(before));
    expect(labelsOf(state)).toEqual(labelsOf(before));
  });

  it('refuses to replace from the find-only bar', () => {
    const state = searching('hoà');
    expect(replaceAll('x')(state)).toBe(false);
    expect(replaceCurrent('x')(state)).toBe(false);
  });
});
