import fc from 'fast-check';
import { splitBlock } from 'prosemirror-commands';
import { Slice } from 'prosemirror-model';
import { TextSelection, type Command, type EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import type { BlockType } from '../../../shared/document/blockTypes.ts';
import { docFromFlatBlocks } from '../../../shared/content/build.ts';
import { freshIdsForSlice } from '../../../shared/editor/plugins/blockIds.ts';
import { flattenDoc } from '../../../shared/document/flatten.ts';
import { DEFAULT_SCHEME, withRule } from '../../../shared/numbering/defaultScheme.ts';
import { numberBlocks } from '../../../shared/numbering/numberBlocks.ts';
import { moveSectionCommand } from '../../../shared/editor/commands/moveSectionCommand.ts';
import { demote, promote } from '../../../shared/editor/commands/promoteDemote.ts';
import { setBlockType } from '../../../shared/editor/commands/setBlockType.ts';
import { posAt, topLevelBlocks } from '../../../shared/editor/commands/topLevel.ts';
import { sectionRange } from '../../../shared/outline/sectionRange.ts';
import { idsOf, stateOf, unique } from '../blockIds/fixtures.ts';
import { referenceNumbering } from './referenceNumbering.ts';

const TYPES: [BlockType, number | null][] = [
  ['part', null], ['section', null], ['heading', 1], ['heading', 2], ['heading', 3], ['heading', 4],
  ['ordinal', null], ['target', null], ['paragraph', null], ['bullet', null], ['footnote', null],
];

const blockArb = fc.constantFrom(...TYPES).map(([type, level]) => ({ type, level, text: `khối ${type} có chữ` }));
const opArb = fc.oneof(
  fc.record({ kind: fc.constant('move' as const), from: fc.nat(), before: fc.nat() }),
  fc.record({ kind: fc.constantFrom('promote' as const, 'demote' as const), at: fc.nat(), sub: fc.boolean() }),
  fc.record({ kind: fc.constant('split' as const), at: fc.nat(), offset: fc.nat(12) }),
  fc.record({ kind: fc.constant('paste' as const), from: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('setType' as const), at: fc.nat(), type: fc.nat(TYPES.length - 1) }),
);
type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

/** The state with the cursor inside block `index`, `offset` characters in. */
function cursorIn(state: EditorState, index: number, offset = 0): EditorState {
  const blocks = topLevelBlocks(state.doc);
  const b = blocks[index];
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, b.pos + 1 + Math.min(offset, b.node.content.size))));
}

function runIf(state: EditorState, command: Command): EditorState {
  let next = state;
  command(state, (tr) => (next = state.applyTransaction(tr).state));
  return next;
}

function applyOp(state: EditorState, op: Op): EditorState {
  const blocks = topLevelBlocks(state.doc);
  const n = blocks.length;
  switch (op.kind) {
    case 'move':
      return runIf(state, moveSectionCommand(blocks[op.from % n].id!, op.before % (n + 1) === n ? null : blocks[op.before % (n + 1)].id!));
    case 'promote':
    case 'demote':
      return runIf(cursorIn(state, op.at % n), (op.kind === 'promote' ? promote : demote)({ withSubsections: op.sub }));
    case 'split':
      return runIf(cursorIn(state, op.at % n, op.offset), splitBlock);
    case 'setType':
      return runIf(cursorIn(state, op.at % n), setBlockType(...TYPES[op.type]));
    case 'paste': {
      const { start, end } = sectionRange(blocks, op.from % n);
      const slice = freshIdsForSlice(new Slice(state.doc.slice(blocks[start].pos, posAt(blocks, end, state.doc)).content, 0, 0));
      const at = posAt(blocks, op.at % (n + 1), state.doc);
      return state.applyTransaction(state.tr.replace(at, at, slice)).state;
    }
    case 'delete': {
      const { start, end } = sectionRange(blocks, op.at % n);
      if (end - start >= n) return state;
      return state.applyTransaction(state.tr.delete(blocks[start].pos, posAt(blocks, end, state.doc))).state;
    }
  }
}

/** Within each run of targets between outline blocks, the numbers are 1, 2, 3 … */
function targetsContiguous(labels: (string | null)[], types: BlockType[]): boolean {
  let expected = 1;
  return types.every((type, i) => {
    if (type === 'part' || type === 'section' || type === 'heading') expected = 1;
    if (type !== 'target') return true;
    return labels[i] === `(${expected++})`;
  });
}

describe('numbering and ids under random structure edits (property)', () => {
  const continuing = withRule(DEFAULT_SCHEME, 'target', { reset: 'continue' });

  it('keeps numbers equal to a from-scratch reference, counters contiguous and ids unique', () => {
    fc.assert(
      fc.property(fc.array(blockArb, { minLength: 1, maxLength: 25 }), fc.array(opArb, { maxLength: 15 }), (initial, ops) => {
        let state = stateOf(docFromFlatBlocks(initial.map((b) => ({ ...b, id: '' }))));
        // A structural change (typing alone does not scan) makes the plugin assign the null ids.
        state = state.applyTransaction(state.tr.setNodeMarkup(0, undefined, state.doc.child(0).attrs)).state;
        for (const op of ops) {
          state = applyOp(state, op);
          const flat = flattenDoc(state.doc);
          expect(unique(idsOf(state.doc))).toBe(true);
          const labels = numberBlocks(flat);
          expect(labels).toEqual(referenceNumbering(flat, DEFAULT_SCHEME));
          expect(targetsContiguous(labels, flat.map((b) => b.type))).toBe(true);
          expect(numberBlocks(flat, continuing)).toEqual(referenceNumbering(flat, continuing));
        }
      }),
      { seed: 7, numRuns: 150 },
    );
  });
});
