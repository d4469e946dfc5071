import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../document/contentFragment.ts';

/** What one person inserted and deleted between two versions, in snippets (one per run in a block). */
export interface UserChanges {
  /** The name recorded by the editor; null when the edits were made before names were recorded. */
  user: string | null;
  inserted: string[];
  deleted: string[];
  insertedChars: number;
  deletedChars: number;
}

type YChange = { user: string | null; type: 'added' | 'removed' };

/** Whether an item existed and was not deleted at a snapshot. */
function visibleAt(item: Y.Item, snapshot: Y.Snapshot): boolean {
  return (snapshot.sv.get(item.id.client) ?? 0) > item.id.clock && !Y.isDeleted(snapshot.ds, item.id);
}

/**
 * Who changed what in a document's content between two snapshots of its history (`from` earlier
 * than `to`), read straight from Yjs: text present at `to` but not at `from` is someone's
 * insertion, text present at `from` but not at `to` someone's deletion, named with the users the
 * editors recorded (Y.PermanentUserData in the doc's "users" map). The same reading as the changes
 * page's y-prosemirror renderSnapshot, without a view, so the server and the CLI can give it.
 * `ydoc` must keep its history (gc off). Users come in order of first appearance.
 */
export function attributionBetween(ydoc: Y.Doc, from: Y.Snapshot, to: Y.Snapshot): UserChanges[] {
  const users = new Y.PermanentUserData(ydoc);
  const byUser = new Map<string | null, UserChanges>();
  const entry = (user: string | null) => {
    let e = byUser.get(user);
    if (!e) byUser.set(user, (e = { user, inserted: [], deleted: [], insertedChars: 0, deletedChars: 0 }));
    return e;
  };
  const computeYChange = (type: 'added' | 'removed', id: Y.ID): YChange => ({
    type,
    user: (type === 'added' ? users.getUserByClientId(id.client) : users.getUserByDeletedId(id)) ?? null,
  });
  const readText = (text: Y.XmlText) => {
    let last: YChange | null = null;
    for (const op of text.toDelta(to, from, computeYChange) as { insert: unknown; attributes?: { ychange?: YChange } }[]) {
      const change = op.attributes?.ychange;
      if (!change || typeof op.insert !== 'string' || !op.insert) {
        last = null;
        continue;
      }
      const e = entry(change.user);
      const list = change.type === 'added' ? e.inserted : e.deleted;
      if (change.type === 'added') e.insertedChars += op.insert.length;
      else e.deletedChars += op.insert.length;
      if (last && last.user === change.user && last.type === change.type) list[list.length - 1] += op.insert;
      else list.push(op.insert);
      last = change;
    }
  };
  const walk = (type: Y.AbstractType<any>) => {
    for (let item = type._start; item; item = item.right) {
      if (!(item.content instanceof Y.ContentType) || !(visibleAt(item, from) || visibleAt(item, to))) continue;
      const child = item.content.type;
      if (child instanceof Y.XmlText) readText(child);
      else walk(child);
    }
  };
  ydoc.transact(() => walk(ydoc.getXmlFragment(CONTENT_FRAGMENT)));
  return [...byUser.values()];
}
