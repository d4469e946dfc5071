import { describe, expect, it } from 'vitest';
import { toDocumentEdge } from '../../../shared/editor/commands/toDocumentEdge.ts';
import { doc, h, p, run, sec, stateOf, table } from '../blockIds/fixtures.ts';

const sample = () => doc(sec('s1', 'Một'), h(1, 'a', 'Mở đầu'), p('pa', 'nội dung ở giữa'), p('pz', 'đoạn cuối.'));
/** The text before and after the caret in its block, and the block's id. */
const around = (state: ReturnType<typeof stateOf>, at: number) => {
  const $pos = state.doc.resolve(at);
  return [$pos.parent.attrs.id, $pos.parent.textContent.slice(0, $pos.parentOffset), $pos.parent.textContent.slice($pos.parentOffset)];
};

describe('toDocumentEdge (Ctrl+End, Ctrl+Home)', () => {
  it('puts the caret after the last character of the last block, and before the first of the first', () => {
    const middle = stateOf(sample(), 20);
    const end = run(middle, toDocumentEdge('end', false));
    expect(end.selection.empty).toBe(true);
    expect(around(end, end.selection.head)).toEqual(['pz', 'đoạn cuối.', '']);
    const start = run(end, toDocumentEdge('start', false));
    expect(around(start, start.selection.head)).toEqual(['s1', '', 'Một']);
  });

  it('with Shift, keeps the anchor and extends the selection to the edge', () => {
    const middle = stateOf(sample(), 20);
    const extended = run(middle, toDocumentEdge('end', true));
    expect(extended.selection.anchor).toBe(20);
    expect(around(extended, extended.selection.head)).toEqual(['pz', 'đoạn cuối.', '']);
    const back = run(extended, toDocumentEdge('start', true));
    expect([back.selection.anchor, back.selection.head]).toEqual([20, 1]);
  });

  it('ends inside the last cell when the document ends with a table', () => {
    // Each cell holds one paragraph "ô", with the id given.
    const state = run(stateOf(doc(p('pa', 'trước bảng'), table('t', ['c1', 'c2']))), toDocumentEdge('end', false));
    expect(around(state, state.selection.head)).toEqual(['c2', 'ô', '']);
  });
});
