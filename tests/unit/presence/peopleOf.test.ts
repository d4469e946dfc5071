import { afterEach, describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../../../shared/document/contentFragment.ts';
import { peopleOf, type RemotePerson } from '../../../renderer/editor/presence/usePresence.ts';

const BINH = { name: 'Trần Thị Bình', initials: 'TB', color: '#1f77b4' };
const opened: Awareness[] = [];

/** This page's Y.Doc with two blocks, its awareness, and a peer's awareness on a copy of the doc. */
function setup() {
  const ydoc = new Y.Doc();
  const fragment = ydoc.getXmlFragment(CONTENT_FRAGMENT);
  const blocks = ['a', 'b'].map((id, i) => {
    const block = new Y.XmlElement('paragraph');
    block.setAttribute('id', id);
    block.insert(0, [new Y.XmlText(i === 0 ? 'Mở đầu của báo cáo.' : 'Phương hướng nhiệm vụ.')]);
    return block;
  });
  fragment.insert(0, blocks);
  const peerDoc = new Y.Doc();
  Y.applyUpdate(peerDoc, Y.encodeStateAsUpdate(ydoc));
  const mine = new Awareness(ydoc);
  const peer = new Awareness(peerDoc);
  opened.push(mine, peer);
  const peerText = (index: number) => (peerDoc.getXmlFragment(CONTENT_FRAGMENT).get(index) as Y.XmlElement).get(0) as Y.XmlText;
  /** The peer puts its caret at `offset` in block `index`, and this page hears of it. */
  const peerCaret = (index: number, offset: number) => {
    const at = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(peerText(index), offset));
    peer.setLocalState({ user: BINH, cursor: { anchor: at, head: at } });
    applyAwarenessUpdate(mine, encodeAwarenessUpdate(peer, [peer.clientID]), 'peer');
  };
  const read = (previous: readonly RemotePerson[]) => peopleOf(mine, ydoc, fragment, previous);
  return { mine, peer, peerCaret, read };
}

afterEach(() => {
  for (const awareness of opened.splice(0)) awareness.destroy();
});

describe('peopleOf', () => {
  it("lists the other people with the block their caret is in, never this page's own state", () => {
    const { mine, peer, peerCaret, read } = setup();
    mine.setLocalStateField('user', { name: 'Nguyễn Văn An', initials: 'NA', color: '#ff7f0e' });
    peerCaret(1, 3);
    expect(read([])).toEqual([{ clientId: peer.clientID, key: BINH.name, user: BINH, blockId: 'b' }]);
  });

  it('returns the previous list itself when a caret only moved inside its block', () => {
    const { peerCaret, read } = setup();
    peerCaret(0, 2);
    const before = read([]);
    peerCaret(0, 9);
    expect(read(before)).toBe(before);
  });

  it('returns a new list when a caret moves to another block or a person leaves', () => {
    const { mine, peer, peerCaret, read } = setup();
    peerCaret(0, 2);
    const before = read([]);
    peerCaret(1, 0);
    const moved = read(before);
    expect(moved).not.toBe(before);
    expect(moved.map((person) => person.blockId)).toEqual(['b']);
    peer.setLocalState(null);
    applyAwarenessUpdate(mine, encodeAwarenessUpdate(peer, [peer.clientID]), 'peer');
    expect(read(moved)).toEqual([]);
  });
});
