import { describe, expect, it } from 'vitest';
import { deleteBackward, deleteForward, typeText, type PendingEdit } from '../../../shared/suggestions/pendingEdit.ts';

const block = { start: 1, end: 30 };

describe('a pending suggestion as the person types', () => {
  it('grows with each character typed at its end, and starts anew elsewhere, the earlier one done', () => {
    let step = typeText(null, 10, 10, 'r');
    expect(step).toEqual({ pending: { from: 10, to: 10, inserted: 'r' }, caret: 10, done: null });
    step = typeText(step.pending, 10, 10, 'ất');
    expect(step.pending).toEqual({ from: 10, to: 10, inserted: 'rất' });
    const elsewhere = typeText(step.pending, 20, 20, 'x');
    expect(elsewhere).toEqual({ pending: { from: 20, to: 20, inserted: 'x' }, caret: 20, done: { from: 10, to: 10, inserted: 'rất' } });
  });

  it('replaces a selection: the selected text struck, the typed text after it, the caret after the struck text', () => {
    const step = typeText(null, 5, 12, 'dân');
    expect(step).toEqual({ pending: { from: 5, to: 12, inserted: 'dân' }, caret: 12, done: null });
    expect(typeText(step.pending, 12, 12, ' số').pending).toEqual({ from: 5, to: 12, inserted: 'dân số' });
  });

  const table: [string, PendingEdit | null, [number, number], PendingEdit | null, number][] = [
    ['strikes the character before the caret', null, [8, 8], { from: 7, to: 8, inserted: '' }, 7],
    ['grows a deletion leftwards', { from: 7, to: 8, inserted: '' }, [7, 7], { from: 6, to: 8, inserted: '' }, 6],
    ['takes back typed text before striking anything', { from: 7, to: 8, inserted: 'ab' }, [8, 8], { from: 7, to: 8, inserted: 'a' }, 8],
    ['drops an insertion whose text is all taken back', { from: 8, to: 8, inserted: 'a' }, [8, 8], null, 8],
    ['strikes a selection', null, [3, 9], { from: 3, to: 9, inserted: '' }, 3],
  ];
  it.each(table)('Backspace %s', (_what, pending, [from, to], next, caret) => {
    expect(deleteBackward(pending, from, to, block)).toMatchObject({ pending: next, caret });
  });

  it('does nothing at the start of its block, and never leaves it', () => {
    expect(deleteBackward(null, 1, 1, block)).toBeNull();
    expect(deleteBackward({ from: 1, to: 4, inserted: '' }, 1, 1, block)).toBeNull();
    expect(deleteForward(null, 30, 30, block)).toBeNull();
  });

  it('Delete strikes the character after the caret and grows rightwards', () => {
    const first = deleteForward(null, 8, 8, block)!;
    expect(first).toEqual({ pending: { from: 8, to: 9, inserted: '' }, caret: 9, done: null });
    expect(deleteForward(first.pending, 9, 9, block)!.pending).toEqual({ from: 8, to: 10, inserted: '' });
  });
});
