import { describe, expect, it } from 'vitest';
import { bulkChange, conflictDeciders, versionedItems } from '../../../renderer/feedback/bulk/bulkDecision.ts';
import { extended, NO_SELECTION, type RowSelection, selectedAll, selectionKey, toggled } from '../../../renderer/feedback/table/rowSelection.ts';

const key = (k: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; altKey: boolean; metaKey: boolean }> = {}) =>
  ({ key: k, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...mods });
const idAt = (i: number) => (i >= 0 && i < 10 ? `c${i}` : undefined);
const ids = (selection: RowSelection) => [...selection.ids].sort();
const of = (list: string[], anchor: number | null): RowSelection => ({ ids: new Set(list), anchor });

describe('the feedback table’s selection keys', () => {
  it.each([
    ['Space toggles', key(' '), false, 'toggle'],
    ['Shift+↑ extends up', key('ArrowUp', { shiftKey: true }), false, 'extendUp'],
    ['Shift+↓ extends down', key('ArrowDown', { shiftKey: true }), true, 'extendDown'],
    ['Ctrl+A selects all', key('a', { ctrlKey: true }), false, 'selectAll'],
    ['⌘A selects all', key('a', { metaKey: true }), false, 'selectAll'],
    ['Ctrl+A with Caps Lock selects all', key('A', { ctrlKey: true }), false, 'selectAll'],
    ['Esc clears a selection', key('Escape'), true, 'clear'],
  ] as const)('%s', (_, event, has, action) => {
    expect(selectionKey(event, has)).toBe(action);
  });

  it.each([
    ['Esc with nothing selected', key('Escape'), false],
    ['a plain ↓ (navigation)', key('ArrowDown'), true],
    ['a plain A (to the answer)', key('a'), true],
    ['Ctrl+Shift+A', key('a', { ctrlKey: true, shiftKey: true }), true],
    ['Alt+Space', key(' ', { altKey: true }), true],
    ['Shift+Space', key(' ', { shiftKey: true }), true],
    ['Ctrl+Enter', key('Enter', { ctrlKey: true }), true],
  ] as const)('leaves %s to the table and the page', (_, event, has) => {
    expect(selectionKey(event, has)).toBeNull();
  });
});

describe('checking rows of the feedback table', () => {
  it('checks an unchecked row, unchecks a checked one, and anchors a later range on it', () => {
    const once = toggled(NO_SELECTION, 3, 'c3');
    expect(ids(once)).toEqual(['c3']);
    expect(once.anchor).toBe(3);
    const twice = toggled(once, 3, 'c3');
    expect(ids(twice)).toEqual([]);
    expect(ids(once)).toEqual(['c3']); // a value: the old selection is untouched
  });

  it.each([
    ['a first Shift+↓ checks both rows, anchored where it began', NO_SELECTION, 2, 3, ['c2', 'c3'], 2],
    ['a first Shift+↑ checks both rows', NO_SELECTION, 2, 1, ['c1', 'c2'], 2],
    ['growing away from the anchor adds the row reached', of(['c2', 'c3'], 2), 3, 4, ['c2', 'c3', 'c4'], 2],
    ['coming back towards the anchor unchecks the row left', of(['c2', 'c3', 'c4'], 2), 4, 3, ['c2', 'c3'], 2],
    ['crossing the anchor keeps it and checks the other side', of(['c2'], 2), 2, 1, ['c1', 'c2'], 2],
    ['other checked rows stay checked', of(['c8'], 2), 2, 3, ['c2', 'c3', 'c8'], 2],
    ['a move that goes nowhere (top of the table) changes nothing', of(['c0'], 0), 0, 0, ['c0'], 0],
    ['a row not loaded yet is not checked', NO_SELECTION, 9, 10, ['c9'], 9],
  ] as const)('%s', (_, start, from, to, expected, anchor) => {
    const next = extended(start, from, to, idAt);
    expect(ids(next)).toEqual(expected);
    expect(next.anchor).toBe(anchor);
  });

  it('selects exactly the ids given when selecting all, with no anchor', () => {
    const all = selectedAll(['c1', 'c5', 'c1']);
    expect(ids(all)).toEqual(['c1', 'c5']);
    expect(all.anchor).toBeNull();
  });
});

describe('one answer for many comments', () => {
  it.each([
    ['a status and an answer', 'accepted', 'Tiếp thu.', { status: 'accepted', response: 'Tiếp thu.' }],
    ['a status only: each keeps its own answer', 'explained', '', { status: 'explained' }],
    ['an answer only: each keeps its status', '', 'Đã giải trình.', { response: 'Đã giải trình.' }],
    ['a blank answer counts as none', 'accepted', '  \n ', { status: 'accepted' }],
    ['nothing chosen changes nothing', '', '', null],
  ] as const)('%s', (_, status, response, change) => {
    expect(bulkChange(status, response)).toEqual(change);
  });

  it('sends each comment once on the version read, in the order given, and sets aside those no decision was read for', () => {
    const read = [{ itemId: 'c3', version: 4 }, { itemId: 'c1', version: 0 }];
    expect(versionedItems(['c1', 'gone', 'c3', 'c1'], read)).toEqual({ items: [{ itemId: 'c1', version: 0 }, { itemId: 'c3', version: 4 }], missing: ['gone'] });
  });

  it('names each compiler whose decision won once, by the display name the server gives', () => {
    expect(conflictDeciders([{ decidedByName: 'Lê Hoà' }, { decidedByName: 'Trần An' }, { decidedByName: 'Lê Hoà' }], 'một cửa sổ khác')).toBe('Lê Hoà, Trần An');
    expect(conflictDeciders([], 'một cửa sổ khác')).toBe('');
  });

  it('says a decision made where there are no accounts (a local server) came from another window, once, never its stored name', () => {
    expect(conflictDeciders([{ decidedByName: null }, { decidedByName: null }], 'một cửa sổ khác')).toBe('một cửa sổ khác');
    expect(conflictDeciders([{ decidedByName: null }], 'another window')).toBe('another window');
  });
});
