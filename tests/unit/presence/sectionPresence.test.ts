import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../../../shared/document/contentFragment.ts';
import type { OutlineNode } from '../../../shared/outline/outlineNode.ts';
import { sectionPresence } from '../../../shared/presence/sectionPresence.ts';
import { blockOfCursor } from '../../../renderer/editor/presence/usePresence.ts';

const node = (id: string, startIndex: number, endIndex: number, children: OutlineNode[] = []): OutlineNode => ({
  id, type: 'section', level: null, depth: 1, number: null, title: id, startIndex, endIndex, words: 0, targets: 0, children,
});

// Blocks: 0 "intro" (before any heading), 1 part "I", 2 text, 3 heading "I.1", 4 text, 5 part "II", 6 text.
const blockIds = ['intro', 'I', 't1', 'I.1', 't2', 'II', 't3'];
const roots = [node('I', 1, 5, [node('I.1', 3, 5)]), node('II', 5, 7)];
const person = (key: string) => ({ key });

describe('sectionPresence', () => {
  it('puts each person on the deepest section holding their block', () => {
    const here = sectionPresence(roots, blockIds, [
      { blockId: 't1', person: person('An') },
      { blockId: 't2', person: person('Bình') },
      { blockId: 'II', person: person('Chi') },
    ]);
    expect(Object.fromEntries([...here].map(([id, people]) => [id, people.map((p) => p.key)]))).toEqual({ I: ['An'], 'I.1': ['Bình'], II: ['Chi'] });
  });

  it('leaves out unknown blocks and blocks before the first heading, and lists one person once per section', () => {
    const here = sectionPresence(roots, blockIds, [
      { blockId: 'intro', person: person('An') },
      { blockId: 'gone', person: person('Bình') },
      { blockId: 't3', person: person('Chi') },
      { blockId: 'II', person: person('Chi') },
    ]);
    expect([...here.keys()]).toEqual(['II']);
    expect(here.get('II')!.map((p) => p.key)).toEqual(['Chi']);
  });
});

describe('blockOfCursor', () => {
  function docWith(ids: string[]) {
    const ydoc = new Y.Doc();
    const fragment = ydoc.getXmlFragment(CONTENT_FRAGMENT);
    fragment.insert(0, ids.map((id) => {
      const element = new Y.XmlElement('paragraph');
      element.setAttribute('id', id);
      const text = new Y.XmlText();
      text.insert(0, `Đoạn ${id}`);
      element.insert(0, [text]);
      return element;
    }));
    return { ydoc, fragment };
  }

  it('finds the top-level block a relative position is in', () => {
    const { ydoc, fragment } = docWith(['a', 'b']);
    const text = (fragment.get(1) as Y.XmlElement).get(0) as Y.XmlText;
    const head = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, 3));
    expect(blockOfCursor(ydoc, fragment, { anchor: head, head })).toBe('b');
  });

  it.each([[null], [{}], [{ head: 'x' }], [{ head: { type: { client: 1, clock: 99 } } }], [{ head: { item: { client: 'x' } } }]])('answers null for a cursor it cannot place: %j', (cursor) => {
    const { ydoc, fragment } = docWith(['a']);
    expect(blockOfCursor(ydoc, fragment, cursor)).toBeNull();
  });
});
