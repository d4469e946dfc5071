import { EditorState, TextSelection } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { flattenDoc } from '../../../shared/document/flatten.ts';
import { moveSectionAtCursor, sectionAtCursor } from '../../../shared/editor/commands/moveSectionAtCursor.ts';
import { sectionMoveKey } from '../../../shared/editor/keys.ts';
import { blockIdsPlugin } from '../../../shared/editor/plugins/blockIds.ts';
import { sectionMovePlugin } from '../../../shared/editor/plugins/sectionMove.ts';
import { schema } from '../../../shared/editor/schema.ts';
import { doc, h, p, sec, tgt } from '../blockIds/fixtures.ts';

const sample = () =>
  doc(p('intro', 'Mở đầu'), sec('s1', 'Một'), h(1, 'a', 'A'), p('pa', 'nội dung a'), h(1, 'b', 'B'), tgt('t1', 'chỉ tiêu'), sec('s2', 'Hai'), h(1, 'c', 'C'));
const ids = (state: EditorState) => flattenDoc(state.doc).map((b) => b.id);

/** The sample with the cursor `offset` characters into block `id`. */
function at(id: string, offset = 0): EditorState {
  const d = sample();
  let pos = -1;
  d.forEach((node, start) => {
    if (node.attrs.id === id) pos = start + 1 + offset;
  });
  const state = EditorState.create({ doc: d, schema, plugins: [blockIdsPlugin(), sectionMovePlugin()] });
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos)));
}

function press(state: EditorState, direction: 'up' | 'down'): { state: EditorState; handled: boolean } {
  let next = state;
  const handled = moveSectionAtCursor(direction)(state, (tr) => (next = next.apply(tr)));
  return { state: next, handled };
}

describe('moving a section from the text (Alt+Shift+↑/↓)', () => {
  it('finds the section of the cursor: the heading it is on, else the nearest heading before it', () => {
    expect(sectionAtCursor(at('b'))).toBe('b');
    expect(sectionAtCursor(at('pa', 3))).toBe('a');
    expect(sectionAtCursor(at('t1'))).toBe('b');
    expect(sectionAtCursor(at('intro'))).toBe('intro');
  });

  it('moves the whole section of a body paragraph down past its next sibling, the cursor staying in that paragraph', () => {
    const { state } = press(at('pa', 3), 'down');
    expect(ids(state)).toEqual(['intro', 's1', 'b', 't1', 'a', 'pa', 's2', 'c']);
    expect(state.selection.$from.parent.attrs.id).toBe('pa');
    expect(state.selection.$from.parentOffset).toBe(3);
    expect(sectionMoveKey.getState(state)).toEqual({ blockId: 'a', direction: 'down', moved: true, serial: 1 });
  });

  it('moves a section with its headings up past the previous section of its rank, never out of its parent', () => {
    const { state } = press(at('s2'), 'up');
    expect(ids(state)).toEqual(['intro', 's2', 'c', 's1', 'a', 'pa', 'b', 't1']);
    const first = press(at('c'), 'up');
    expect(ids(first.state)).toEqual(ids(at('c')));
    expect(sectionMoveKey.getState(first.state)?.moved).toBe(false);
  });

  it('takes the key but changes nothing when the section is already first of its rank, and says so', () => {
    const before = at('a');
    const { state, handled } = press(before, 'up');
    expect(handled).toBe(true);
    expect(state.doc.eq(before.doc)).toBe(true);
    expect(sectionMoveKey.getState(state)).toEqual({ blockId: 'a', direction: 'up', moved: false, serial: 1 });
  });

  it('counts each press, so two equal moves in a row are two announcements', () => {
    const once = press(at('pa'), 'down').state;
    const twice = press(once, 'down').state;
    expect(sectionMoveKey.getState(twice)?.serial).toBe(2);
    expect(sectionMoveKey.getState(twice)?.moved).toBe(false);
  });
});
