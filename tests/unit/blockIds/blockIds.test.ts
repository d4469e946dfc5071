import { splitBlock } from 'prosemirror-commands';
import { Slice } from 'prosemirror-model';
import { TextSelection } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { blockIdFixes, freshIdsForSlice } from '../../../shared/editor/plugins/blockIds.ts';
import { blockIdsKey } from '../../../shared/editor/keys.ts';
import { BLOCK_ID_LENGTH, duplicateBlockId, newBlockId } from '../../../shared/document/ids.ts';
import { doc, h, idsOf, p, run, sec, stateOf, table, unique } from './fixtures.ts';

const change = (state: ReturnType<typeof stateOf>, edit: (tr: ReturnType<typeof stateOf>['tr']) => void) => {
  const tr = state.tr;
  edit(tr);
  return state.applyTransaction(tr).state;
};

describe('block ids', () => {
  it('makes random ids of the expected shape, all different', () => {
    const ids = Array.from({ length: 1000 }, newBlockId);
    expect(new Set(ids).size).toBe(1000);
    for (const id of ids.slice(0, 20)) expect(id).toMatch(new RegExp(`^[a-z2-9]{${BLOCK_ID_LENGTH}}$`));
  });

  it('derives the same id for the same duplicate every time, different ones per occurrence', () => {
    expect(duplicateBlockId('abc', 1)).toBe(duplicateBlockId('abc', 1));
    expect(duplicateBlockId('abc', 1)).not.toBe(duplicateBlockId('abc', 2));
    expect(duplicateBlockId('abc', 1)).not.toBe(duplicateBlockId('abd', 1));
  });
});

describe('blockIds plugin', () => {
  it('gives an id to every block that has none, table cell paragraphs included', () => {
    const state = change(stateOf(doc(p('a', 'x'), p(null, 'y'))), (tr) => tr.insert(0, [p(null, 'z'), table(null, [null, null])]));
    expect(idsOf(state.doc)).toHaveLength(6);
    expect(unique(idsOf(state.doc))).toBe(true);
    expect(idsOf(state.doc)[4]).toBe('a');
  });

  it('lets the first block in document order keep a duplicated id and renames the others deterministically', () => {
    const state = change(stateOf(doc(p('a', '1'), p('b', '2'))), (tr) => tr.insert(tr.doc.content.size, [p('a', '3'), p('a', '4')]));
    expect(idsOf(state.doc)).toEqual(['a', 'b', duplicateBlockId('a', 1), duplicateBlockId('a', 2)]);
  });

  it('skips a derived id that another block already carries', () => {
    const taken = duplicateBlockId('a', 1);
    const fixes = blockIdFixes(doc(p('a'), p('a'), p(taken)));
    expect(fixes).toEqual([{ pos: 2, id: duplicateBlockId('a', 1, 1) }]);
  });

  it('keeps the id on the left part when Enter splits a paragraph in the middle', () => {
    const state = stateOf(doc(sec('s', 'Tiêu đề'), p('para', 'Một hai ba')), 9 + 1 + 3);
    const after = run(state, splitBlock);
    expect(after.doc.child(1).textContent).toBe('Một');
    expect(after.doc.child(1).attrs.id).toBe('para');
    expect(after.doc.child(2).textContent).toBe(' hai ba');
    expect(after.doc.child(2).attrs.id).toBe(duplicateBlockId('para', 1));
  });

  it('gives the new block a fresh id when Enter is pressed at the end of a block', () => {
    const state = stateOf(doc(p('para', 'Một')), 4);
    const after = run(state, splitBlock);
    expect(after.doc.childCount).toBe(2);
    expect(after.doc.child(0).attrs.id).toBe('para');
    expect(unique(idsOf(after.doc))).toBe(true);
  });

  it('appends nothing when a change leaves ids valid or the document untouched', () => {
    const state = stateOf(doc(p('a', 'xin chào')));
    const typed = state.applyTransaction(state.tr.insertText('!', 3));
    expect(typed.transactions).toHaveLength(1);
    const moved = state.applyTransaction(state.tr.setSelection(TextSelection.create(state.doc, 2)));
    expect(moved.transactions).toHaveLength(1);
    const broken = state.applyTransaction(state.tr.insert(0, p('a')));
    expect(broken.transactions[1].getMeta(blockIdsKey)).toBe('fix');
  });
});

describe('freshIdsForSlice', () => {
  it('renews every id in the slice, nested ones included, keeping text and openness', () => {
    const source = doc(p('a', 'một'), table('t', ['c1', 'c2']), h(2, 'h', 'hai'));
    const slice = source.slice(2, source.content.size - 2);
    const fresh = freshIdsForSlice(slice);
    expect(fresh.openStart).toBe(slice.openStart);
    expect(fresh.openEnd).toBe(slice.openEnd);
    expect(fresh.content.textBetween(0, fresh.content.size)).toBe(slice.content.textBetween(0, slice.content.size));
    const ids = idsOf(doc(...(fresh.content.content as never[])));
    expect(ids.some((id) => ['a', 't', 'c1', 'c2', 'h'].includes(id!))).toBe(false);
  });

  it('pasted in the middle of a paragraph, leaves the paragraph its id and gives the pasted blocks new ones', () => {
    const source = doc(p('x', 'AAA'), p('y', 'BBB'));
    const slice = freshIdsForSlice(new Slice(source.content, 1, 1));
    const state = stateOf(doc(p('para', 'trước sau')), 1 + 5);
    const after = change(state, (tr) => tr.replaceSelection(slice));
    expect(after.doc.childCount).toBe(2);
    expect(after.doc.child(0).textContent).toBe('trướcAAA');
    expect(after.doc.child(0).attrs.id).toBe('para');
    expect(after.doc.child(1).textContent).toBe('BBB sau');
    expect(['para', 'x', 'y']).not.toContain(after.doc.child(1).attrs.id);
    expect(unique(idsOf(after.doc))).toBe(true);
  });
});
