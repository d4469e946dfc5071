import { prosemirrorToYXmlFragment } from 'y-prosemirror';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MissingDependencies } from '../../../main/server/sync/ContentMirror.ts';
import { DocumentPersistence } from '../../../main/server/sync/DocumentPersistence.ts';
import { DEFAULT_LOCK_RETRY } from '../../../main/server/sync/retryWhileLocked.ts';
import { SyncRefusal } from '../../../main/server/sync/SyncRefusal.ts';
import { WorkspaceStore } from '../../../main/storage/WorkspaceStore.ts';
import { docFromFlatBlocks } from '../../../shared/content/build.ts';
import { CONTENT_FRAGMENT } from '../../../shared/document/contentFragment.ts';
import { CLOSE } from '../../../shared/rpc/closeCodes.ts';
import { tempDir } from '../../helpers/tempDir.ts';

const DISK_FULL = () => Object.assign(new Error('database or disk is full'), { code: 'ERR_SQLITE_ERROR', errcode: 13 });

let cleanUp: (() => void)[] = [];
afterEach(() => {
  for (const fn of cleanUp.splice(0).reverse()) fn();
});

/** A stored document, its live Y.Doc with one paragraph and its persistence, and clients synced with it. */
function setUp(clients: number) {
  const dir = tempDir();
  const store = WorkspaceStore.create(`${dir.path}/w.vkws`, 'W');
  const { id } = store.documents.create('other', 'Tài liệu');
  const live = new Y.Doc({ gc: false });
  live.transact(() => prosemirrorToYXmlFragment(docFromFlatBlocks([{ id: 'par0000001', type: 'paragraph', level: null, text: 'Mở đầu.' }]), live.getXmlFragment(CONTENT_FRAGMENT)));
  const persistence = new DocumentPersistence(store, id, live, 0, { compactEvery: 1_000_000, lockRetry: DEFAULT_LOCK_RETRY, onUnstored: () => undefined });
  cleanUp.push(() => dir.remove(), () => store.close(), () => persistence.destroy());
  const docs = Array.from({ length: clients }, () => {
    const doc = new Y.Doc({ gc: false });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(live));
    return doc;
  });
  /** The update client `c` makes by typing `text` at the end of the paragraph. */
  const type = (c: number, text: string) => {
    let update: Uint8Array | null = null;
    docs[c].once('update', (u: Uint8Array) => (update = u));
    const yText = (docs[c].getXmlFragment(CONTENT_FRAGMENT).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    yText.insert(yText.length, text);
    return update!;
  };
  return { store, id, live, persistence, docs, type, rows: () => store.updates.count(id) };
}

describe('DocumentPersistence', () => {
  it('commits the updates received in one turn in one transaction, and resolves none of them before it is stored', async () => {
    const { store, persistence, type, rows } = setUp(3);
    const calls: number[] = [];
    const appendAll = store.updates.appendAll.bind(store.updates);
    store.updates.appendAll = (docId, updates) => (calls.push(updates.length), appendAll(docId, updates));
    const before = rows();
    const storedAtResolve = await Promise.all([0, 1, 2].map((c) => persistence.receive(type(c, ` ‹${c}›`)).then(rows)));
    expect(calls).toEqual([3]);
    expect(storedAtResolve).toEqual([before + 3, before + 3, before + 3]);
  });

  it('refuses every update of a turn whose commit fails and stores none, and does not take a later update built on one of them', async () => {
    const { store, persistence, type, rows } = setUp(3);
    const append = store.updates.append.bind(store.updates);
    let appends = 0;
    // The second row of the transaction fails: the first must not stay either.
    store.updates.append = (docId, update) => {
      if (++appends === 2) throw DISK_FULL();
      append(docId, update);
    };
    const before = rows();
    const updates = [0, 1, 2].map((c) => type(c, ` ‹${c}›`));
    const outcomes = await Promise.allSettled(updates.map((u) => persistence.receive(u)));
    for (const outcome of outcomes) {
      expect(outcome.status).toBe('rejected');
      expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(SyncRefusal);
      expect((outcome as PromiseRejectedResult).reason.code).toBe(CLOSE.diskFull.code);
    }
    expect(rows()).toBe(before);
    // Client 0 typing on top of its refused change: what it builds on is not stored, so it is not taken.
    await expect(persistence.receive(type(0, ' sau'))).rejects.toBeInstanceOf(MissingDependencies);
    // Sent again (as a client does when it reconnects), all of it is stored.
    await Promise.all(updates.map((u) => persistence.receive(u)));
    expect(rows()).toBe(before + 3);
  });

  it('takes an update built on an earlier one of the same turn after a refused update between them', async () => {
    const { live, persistence, type, rows, docs } = setUp(2);
    const before = rows();
    const zero = type(0, ' ‹0›');
    Y.applyUpdate(docs[1], zero); // client 1 has client 0's change and types after it
    const one = type(1, ' ‹1›');
    const intruder = new Y.Doc({ gc: false });
    Y.applyUpdate(intruder, Y.encodeStateAsUpdate(live));
    let unknownNode: Uint8Array | null = null;
    intruder.once('update', (u: Uint8Array) => (unknownNode = u));
    intruder.getXmlFragment(CONTENT_FRAGMENT).insert(1, [new Y.XmlElement('notANode')]);
    // In one turn: the refusal rebuilds the mirror from the live document, which has not got client 0's change yet.
    const received = [persistence.receive(zero), persistence.receive(unknownNode!), persistence.receive(one)];
    await expect(received[1]).rejects.toMatchObject({ code: CLOSE.invalidContent.code });
    await Promise.all([received[0], received[2]]);
    expect(rows()).toBe(before + 2);
  });
});
