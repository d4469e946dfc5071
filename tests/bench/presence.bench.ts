/**
 * Issue 10 (part 2) figures: the server's stamp on one presence update (stampPresence), and what
 * naming each tracked change's maker costs a comparison export of the 40,000-word report with
 * about 5% of its blocks edited by two people since draft 1 (blockAuthors, and the whole
 * exportComparison job with and without the attribution).
 */
import * as Y from 'yjs';
import { loadYDoc } from '../../main/services/documents/documentContent.ts';
import { freezeDraft } from '../../main/services/drafts/index.ts';
import { writeDocumentContent } from '../../main/services/drafts/writeDocumentContent.ts';
import { exportComparisonJob } from '../../main/services/jobs/exportComparisonJob.ts';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import { docFromFlatBlocks } from '../../shared/content/build.ts';
import { CONTENT_FRAGMENT } from '../../shared/document/contentFragment.ts';
import { blockAuthors } from '../../shared/drafts/blockAuthors.ts';
import { PRESENCE_COLOURS } from '../../shared/presence/presenceColours.ts';
import { stampPresence } from '../../shared/presence/stampPresence.ts';
import { seededRandom } from '../fixtures/generators/random.ts';
import { generateReport } from '../fixtures/generators/report.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { time } from './stats.ts';

const person = { name: 'Nguyễn Văn An', initials: 'NA', color: PRESENCE_COLOURS[1] };
const cursor = { anchor: { type: { client: 1, clock: 10 }, tname: null, item: { client: 1, clock: 200 }, assoc: 0 }, head: { type: { client: 1, clock: 10 }, tname: null, item: { client: 1, clock: 205 }, assoc: 0 } };

export async function run(): Promise<Record<string, unknown>> {
  const stamp = await time(() => {
    for (let i = 0; i < 1000; i++) stampPresence(new Map([[7, { user: { name: 'x', color: PRESENCE_COLOURS[2] }, cursor }]]), person, () => false);
  }, 30, 5);

  const dir = tempDir('vankien-bench-');
  const store = WorkspaceStore.create(`${dir.path}/bench.vkws`, 'Bench');
  const { id } = store.documents.create('political_report', 'Báo cáo chính trị');
  const blocks = generateReport({ words: 40_000, seed: 11 });
  writeDocumentContent(store, id, docFromFlatBlocks(blocks.map(({ number: _n, ...b }) => b)));
  freezeDraft(store, id, { stage: 'subcommittee', author: 'Tổ biên tập', note: '' }, 'bench');
  const since = Y.decodeSnapshotV2(store.drafts.snapshot(id, 1)!);
  const ydoc = loadYDoc(store, id, 'read');
  const random = seededRandom(5);
  // Two people, each with their own client id, editing 5% of the blocks between them.
  const editors = ['Nguyễn Văn An', 'Trần Thị Bình'].map((name) => {
    const peer = new Y.Doc({ gc: false });
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(ydoc));
    peer.transact(() => new Y.PermanentUserData(peer).setUserMapping(peer, peer.clientID, name));
    return peer;
  });
  editors.forEach((peer, n) => {
    const peerFragment = peer.getXmlFragment(CONTENT_FRAGMENT);
    for (let i = n; i < peerFragment.length * 0.05; i += 2) {
      const element = peerFragment.get(random.int(0, peerFragment.length - 1));
      const text = element instanceof Y.XmlElement ? element.get(0) : null;
      if (text instanceof Y.XmlText && text.length > 10) {
        text.delete(2, 5);
        text.insert(2, 'sửa đổi ');
      }
    }
    Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(peer));
  });
  const authors = await time(() => blockAuthors(ydoc, since), 10, 2);
  const attributed = blockAuthors(ydoc, since).size;
  const updates = [Y.encodeStateAsUpdate(ydoc)];
  const input = {
    older: { stored: { blocks: store.drafts.blocks(id, 1), numbering: null }, label: 'DỰ THẢO LẦN 1' },
    newer: { working: updates },
    fileName: 'x.docx',
    title: 'x',
    author: 'Tổ biên tập',
    date: '2026-12-02T00:00:00Z',
  };
  const plain = await time(() => exportComparisonJob(input), 10, 2);
  const named = await time(() => exportComparisonJob({ ...input, attribution: { since: store.drafts.snapshot(id, 1)!, newer: { updates } } }), 10, 2);
  for (const peer of editors) peer.destroy();
  ydoc.destroy();
  store.close();
  dir.remove();
  return {
    stampPer1000Updates: stamp,
    blocks: blocks.length,
    attributedBlocks: attributed,
    blockAuthors: authors,
    exportComparisonWithoutAttribution: plain,
    exportComparisonWithAttribution: named,
  };
}
