import { splitBlock } from 'prosemirror-commands';
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { docFromFlatBlocks } from '../../../shared/content/build.ts';
import { schema } from '../../../shared/editor/schema.ts';
import { typingOnly } from '../../../shared/editor/plugins/typingOnly.ts';

const doc = docFromFlatBlocks([
  { id: 'a', type: 'section', level: null, text: 'VỀ ĐẠI BIỂU' },
  { id: 'b', type: 'paragraph', level: null, text: 'Đại biểu chính thức' },
  { id: 't', type: 'table', level: null, text: 'ô một\tô hai' },
]);
const state = EditorState.create({ schema, doc });
const inB = 1 + doc.child(0).nodeSize + 3;

function split(): Transaction {
  let result: Transaction | undefined;
  splitBlock(state.apply(state.tr.setSelection(TextSelection.create(doc, inB))), (tr) => (result = tr));
  return result!;
}

describe('typingOnly', () => {
  it.each<[string, () => Transaction, boolean]>([
    ['typing a letter in a paragraph', () => state.tr.insertText('ư', inB), true],
    ['deleting a word inside a paragraph', () => state.tr.delete(inB, inB + 3), true],
    ['a selection change only', () => state.tr.setSelection(TextSelection.create(doc, inB)), true],
    ['splitting a paragraph', split, false],
    ['deleting across two blocks', () => state.tr.delete(3, inB), false],
    ['retyping a block', () => state.tr.setNodeMarkup(0, schema.nodes.paragraph, { id: 'a' }), false],
    ['inserting a block', () => state.tr.insert(0, schema.nodes.paragraph.create()), false],
    ['typing in a table cell (not a top-level block)', () => state.tr.insertText('x', doc.content.size - 4), false],
  ])('%s → %s', (_label, make, expected) => {
    expect(typingOnly(make())).toBe(expected);
  });
});
