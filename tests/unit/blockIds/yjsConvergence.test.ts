import fc from 'fast-check';
import { splitBlock } from 'prosemirror-commands';
import { Fragment, Slice } from 'prosemirror-model';
import { TextSelection, type EditorState, type Transaction } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { freshIdsForSlice } from '../../../shared/editor/plugins/blockIds.ts';
import { duplicateBlockId } from '../../../shared/document/ids.ts';
import { doc, idsOf, p, sec, unique } from './fixtures.ts';
import { pair } from './yClient.ts';

type Op = { kind: 'split'; index: number; offset: number } | { kind: 'duplicate'; index: number } | { kind: 'paste'; index: number; at: number };

const base = () => doc(sec('s', 'Phương hướng'), p('x', 'Một hai ba bốn năm'), p('y', 'Sáu bảy tám'));

/** Transactions a drafter makes: split a block, duplicate it, paste a copy of it. */
function splitAt(index: number, offset: number) {
  return (state: EditorState) => {
    const block = state.doc.child(index);
    let pos = 0;
    for (let i = 0; i < index; i++) pos += state.doc.child(i).nodeSize;
    const at = pos + 1 + Math.min(offset, block.content.size);
    let tr: Transaction | null = null;
    splitBlock(state.apply(state.tr.setSelection(TextSelection.create(state.doc, at))), (t) => (tr = t));
    return tr;
  };
}
function duplicate(index: number) {
  return (state: EditorState) => {
    let pos = 0;
    for (let i = 0; i <= index; i++) pos += state.doc.child(i).nodeSize;
    return state.tr.insert(pos, state.doc.child(index).copy(state.doc.child(index).content));
  };
}
function pasteCopyOf(index: number, atIndex: number) {
  return (state: EditorState) => {
    let pos = 0;
    for (let i = 0; i < atIndex; i++) pos += state.doc.child(i).nodeSize;
    return state.tr.replace(pos, pos, freshIdsForSlice(new Slice(Fragment.from(state.doc.child(index)), 0, 0)));
  };
}

const expectConverged = (a: { doc: EditorState['doc'] }, b: { doc: EditorState['doc'] }) => {
  expect(a.doc.toJSON()).toEqual(b.doc.toJSON());
  expect(unique(idsOf(a.doc))).toBe(true);
};

describe('block ids across two Yjs replicas', () => {
  it('resolves the same duplicate to the same id on both sides when both split one block', () => {
    const { a, b, settle } = pair(base());
    a.edit(splitAt(1, 3));
    b.edit(splitAt(1, 7));
    settle();
    expectConverged(a, b);
    expect(a.doc.child(1).attrs.id).toBe('x');
    expect(idsOf(a.doc)).toContain(duplicateBlockId('x', 1));
  });

  it('converges when one side splits a block while the other duplicates it', () => {
    const { a, b, settle } = pair(base());
    a.edit(splitAt(1, 4));
    b.edit(duplicate(1));
    settle();
    expectConverged(a, b);
    expect(a.doc.childCount).toBe(5);
  });

  it('converges when both paste and duplicate concurrently', () => {
    const { a, b, settle } = pair(base());
    a.edit(pasteCopyOf(2, 0));
    a.edit(duplicate(0));
    b.edit(duplicate(2));
    b.edit(pasteCopyOf(1, 3));
    settle();
    expectConverged(a, b);
    expect(a.doc.childCount).toBe(7);
  });

  it('converges with unique ids after random concurrent splits, duplicates and pastes (property)', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('split' as const), index: fc.nat(), offset: fc.nat(20) }),
      fc.record({ kind: fc.constant('duplicate' as const), index: fc.nat() }),
      fc.record({ kind: fc.constant('paste' as const), index: fc.nat(), at: fc.nat() }),
    );
    const apply = (state: EditorState, o: Op) => {
      const n = state.doc.childCount;
      if (o.kind === 'split') return splitAt(o.index % n, o.offset)(state);
      if (o.kind === 'duplicate') return duplicate(o.index % n)(state);
      return pasteCopyOf(o.index % n, o.at % (n + 1))(state);
    };
    fc.assert(
      fc.property(fc.array(fc.array(op, { maxLength: 4 }), { minLength: 1, maxLength: 4 }), fc.array(fc.array(op, { maxLength: 4 }), { minLength: 1, maxLength: 4 }), (roundsA, roundsB) => {
        const { a, b, settle } = pair(base());
        for (let r = 0; r < Math.max(roundsA.length, roundsB.length); r++) {
          for (const o of roundsA[r] ?? []) a.edit((s) => apply(s, o));
          for (const o of roundsB[r] ?? []) b.edit((s) => apply(s, o));
          settle();
          expectConverged(a, b);
        }
      }),
      { seed: 20251, numRuns: 60 },
    );
  });
});
