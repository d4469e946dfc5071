import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../document/contentFragment.ts';

/**
 * Who changed each top-level block (by its `id` attribute) of `ydoc` since the snapshot `since`,
 * from the document's Y.PermanentUserData: the person with the most characters inserted or
 * deleted in it since then (the block itself, inserted or deleted whole, counts as one). Blocks
 * nobody changed, and changes by clients that never recorded who they are, are absent. Needs a
 * document that keeps deleted content (gc: false), as the working copy and drafts do.
 */
export function blockAuthors(ydoc: Y.Doc, since: Y.Snapshot): Map<string, string> {
  const users = new Y.PermanentUserData(ydoc);
  const tallies = new Map<string, Map<string, number>>();
  const existed = (id: Y.ID) => id.clock < (since.sv.get(id.client) ?? 0);
  const count = (blockId: string, item: Y.Item, weight: number) => {
    let user: string | null | undefined;
    if (!existed(item.id)) user = users.getUserByClientId(item.id.client);
    else if (item.deleted && !Y.isDeleted(since.ds, item.id)) user = users.getUserByDeletedId(item.id);
    else return;
    if (!user) return;
    const tally = tallies.get(blockId) ?? new Map<string, number>();
    tally.set(user, (tally.get(user) ?? 0) + weight);
    tallies.set(blockId, tally);
  };
  for (let item = ydoc.getXmlFragment(CONTENT_FRAGMENT)._start; item; item = item.right) {
    const block = item.content instanceof Y.ContentType ? item.content.type : null;
    if (!(block instanceof Y.XmlElement)) continue;
    const blockId = block.getAttribute('id');
    if (typeof blockId !== 'string') continue;
    count(blockId, item, 1);
    walk(block, (inner) => count(blockId, inner, inner.length));
  }
  const authors = new Map<string, string>();
  for (const [blockId, tally] of tallies) authors.set(blockId, [...tally].sort((a, b) => b[1] - a[1])[0][0]);
  return authors;
}

/** Every item under `type`, deleted ones included, depth first. */
function walk(type: Y.AbstractType<any>, visit: (item: Y.Item) => void): void {
  for (let item = type._start; item; item = item.right) {
    visit(item);
    if (item.content instanceof Y.ContentType) walk(item.content.type, visit);
  }
}
