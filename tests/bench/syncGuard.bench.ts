/**
 * What the sync server adds before it acknowledges a client's update (issue 7), on the
 * 40,000-word generated report: trying the update on the content mirror and judging what it adds
 * (a keystroke, Enter, a pasted 50-block section), taking the live update back into the mirror,
 * the whole commit path with SQLite (DocumentPersistence.receive), and making the mirror (once,
 * at the first sync after a document loads). Target: a keystroke well under 1 ms before SQLite.
 */
import { prosemirrorToYXmlFragment } from 'y-prosemirror';
import * as Y from 'yjs';
import { ContentMirror } from '../../main/server/sync/ContentMirror.ts';
import { DocumentPersistence } from '../../main/server/sync/DocumentPersistence.ts';
import { DEFAULT_LOCK_RETRY } from '../../main/server/sync/retryWhileLocked.ts';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import { docFromFlatBlocks } from '../../shared/content/build.ts';
import { CONTENT_FRAGMENT } from '../../shared/document/contentFragment.ts';
import { generateReport } from '../fixtures/generators/report.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { summarise, time } from './stats.ts';

/** Hocuspocus' origin for a client's update: the persistence does not store it a second time. */
const CONNECTION = { source: 'connection' };

export async function run(): Promise<Record<string, unknown>> {
  const blocks = generateReport({ words: 40_000, seed: 7 });
  const live = new Y.Doc({ gc: false });
  live.transact(() => prosemirrorToYXmlFragment(docFromFlatBlocks(blocks), live.getXmlFragment(CONTENT_FRAGMENT)));
  const client = new Y.Doc({ gc: false });
  Y.applyUpdate(client, Y.encodeStateAsUpdate(live));
  const fragment = client.getXmlFragment(CONTENT_FRAGMENT);
  const middle = Math.floor(fragment.length / 2);
  const text = () => (fragment.get(middle) as Y.XmlElement).get(0) as Y.XmlText;
  /** The update a change on the client makes. */
  const updateOf = (change: () => void) => {
    let update: Uint8Array | null = null;
    const take = (u: Uint8Array) => (update = u);
    client.on('update', take);
    client.transact(change, 'bench');
    client.off('update', take);
    return update!;
  };
  const mirrorCopyMs = await time(() => new ContentMirror(live).destroy(), 10, 2);
  const mirror = new ContentMirror(live);

  /** Tries each update on the mirror (timed), then gives it to the live doc and the mirror back (timed). */
  const measure = (count: number, change: (i: number) => void) => {
    const tried: number[] = [];
    const followed: number[] = [];
    for (let i = 0; i < count; i++) {
      const update = updateOf(() => change(i));
      let start = performance.now();
      const added = mirror.tryUpdate(update);
      tried.push(performance.now() - start);
      start = performance.now();
      if (added) mirror.follow(added);
      followed.push(performance.now() - start);
      Y.applyUpdate(live, update, CONNECTION);
    }
    return { tryMs: summarise(tried.slice(Math.floor(count / 10))), followMs: summarise(followed.slice(Math.floor(count / 10))) };
  };
  const keystroke = measure(300, () => text().insert(5, 'ư'));
  const enter = measure(50, (i) => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.setAttribute('id', `enter${String(i).padStart(5, '0')}`);
    paragraph.insert(0, [new Y.XmlText('Một đoạn mới.')]);
    fragment.insert(middle + 1, [paragraph]);
  });
  const paste = measure(10, (i) => {
    const pasted = blocks.slice(100, 150).map((b, k) => {
      const el = new Y.XmlElement('paragraph');
      el.setAttribute('id', `paste${i}x${k}`);
      el.insert(0, [new Y.XmlText(b.text)]);
      return el;
    });
    fragment.insert(middle + 2, pasted);
  });

  const dir = tempDir('vankien-bench-');
  const store = WorkspaceStore.create(`${dir.path}/bench.vkws`, 'Bench');
  const { id } = store.documents.create('political_report', 'Báo cáo chính trị');
  const persistence = new DocumentPersistence(store, id, live, 0, { compactEvery: 1_000_000, lockRetry: DEFAULT_LOCK_RETRY, onUnstored: () => undefined });
  const committed: number[] = [];
  for (let i = 0; i < 300; i++) {
    const update = updateOf(() => text().insert(5, 'ơ'));
    const start = performance.now();
    await persistence.receive(update);
    committed.push(performance.now() - start);
    Y.applyUpdate(live, update, CONNECTION);
  }
  persistence.destroy();
  store.close();
  dir.remove();
  mirror.destroy();

  return {
    blocks: blocks.length,
    keystrokeTryMs: { ...keystroke.tryMs, target: '≤ 1 ms p95' },
    keystrokeFollowMs: keystroke.followMs,
    enterTryMs: enter.tryMs,
    paste50BlocksTryMs: paste.tryMs,
    keystrokeReceiveWithSqliteMs: summarise(committed.slice(30)),
    mirrorCopyMs,
  };
}
