import { describe, expect, it } from 'vitest';
import type { EditorFeature, EditorPanel, ToolbarEntry } from '../../../renderer/editor/EditorFeature.ts';
import { featureSlots, inOrder } from '../../../renderer/editor/featureSlots.ts';

const panel = (id: string, place: EditorPanel['place'], order: number, toggle?: number): EditorPanel => ({
  id,
  place,
  order,
  ...(toggle === undefined ? {} : { toggle: { order: toggle, label: 'targets.open' as const, testId: `${id}-toggle` } }),
  render: () => id,
});
const entry = (id: string, place: ToolbarEntry['place'], order: number): ToolbarEntry => ({ id, place, order, render: () => id });
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('feature slots', () => {
  it.each([
    ['by order', [{ id: 'b', order: 20 }, { id: 'a', order: 10 }, { id: 'c', order: 30 }], ['a', 'b', 'c']],
    ['equal orders in the order given', [{ id: 'x', order: 5 }, { id: 'y', order: 5 }, { id: 'w', order: 1 }], ['w', 'x', 'y']],
    ['nothing', [], []],
  ])('sorts %s', (_name, items, expected) => {
    expect(ids(inOrder(items))).toEqual(expected);
  });

  it('puts each panel in its place and each entry in its bar, in order, whatever feature adds it', () => {
    const features: EditorFeature[] = [
      { id: 'one', panels: [panel('right-2', 'right', 200), panel('left', 'left', 100)], toolbar: [entry('end', 'toolbar', 700)] },
      { id: 'two', panels: [panel('top', 'top', 100), panel('right-1', 'right', 100, 400)], toolbar: [entry('start', 'toolbar', 5), entry('bar', 'topbar', 100)] },
    ];
    const slots = featureSlots(features);
    expect(ids(slots.panels.left)).toEqual(['left']);
    expect(ids(slots.panels.top)).toEqual(['top']);
    expect(ids(slots.panels.right)).toEqual(['right-1', 'right-2']);
    expect(ids(slots.toggled)).toEqual(['right-1']);
    expect(ids(slots.toolbar)).toEqual(['start', 'end']);
    expect(ids(slots.topbar)).toEqual(['bar']);
  });

  it('refuses two panels or two entries with one id, naming both features', () => {
    const twice = (a: EditorFeature, b: EditorFeature) => () => featureSlots([a, b]);
    expect(twice({ id: 'a', panels: [panel('p', 'left', 1)] }, { id: 'b', panels: [panel('p', 'right', 2)] })).toThrow('Editor panel "p" is added by both "a" and "b"');
    expect(twice({ id: 'a', toolbar: [entry('e', 'toolbar', 1)] }, { id: 'b', toolbar: [entry('e', 'topbar', 1)] })).toThrow('Editor entry "e" is added by both "a" and "b"');
  });
});
