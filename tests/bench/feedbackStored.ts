/**
 * The stored half of feedbackAnchor.bench.ts (not a bench file itself): anchoring and clustering
 * generated comments held in a workspace file, through the services the server and CLI call.
 * Clustering runs three times on each of `CLUSTER_COPIES` copies of one workspace file: the first, a
 * second finding the items and clusters as the first left them (skipped: feedback_cluster_runs), and
 * one after a new item (clustering everything again); each figure is the median of the copies.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { freezeDraft } from '../../main/services/drafts/index.ts';
import { writeDocumentContent } from '../../main/services/drafts/writeDocumentContent.ts';
import { anchorFeedback } from '../../main/services/feedback/anchorFeedback.ts';
import { clusterFeedback } from '../../main/services/feedback/clusterFeedback.ts';
import { listClusters } from '../../main/services/feedback/clusterViews.ts';
import { anchorQueue, followAnchors } from '../../main/services/feedback/followAnchors.ts';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import { docFromFlatBlocks } from '../../shared/content/build.ts';
import type { FeedbackFixture } from '../fixtures/generators/feedback.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { summarise, type Timing, time } from './stats.ts';

type Timed = { value: object; ms: number; cpu_ms: number };

const BATCH = 5_000;
/** Copies of the clustering workspace, each clustered from scratch: a first run is timed once per copy. */
const CLUSTER_COPIES = 3;

/** A workspace with the fixture's draft frozen as draft 1 and its comments stored as items written against it. */
export function workspaceOf(dir: string, name: string, fixture: FeedbackFixture): { store: WorkspaceStore; documentId: string } {
  const store = WorkspaceStore.create(join(dir, `${name}.vkws`), 'Bench');
  const { id } = store.documents.create('political_report', 'Báo cáo chính trị');
  writeDocumentContent(store, id, docFromFlatBlocks(fixture.draft.map(({ number: _n, ...b }) => b)));
  freezeDraft(store, id, { stage: 'subcommittee', author: 'Tổ biên tập', note: '' }, 'bench');
  store.transaction(() => {
    for (let from = 0; from < fixture.comments.length; from += BATCH) {
      const file = store.feedback.insertFile({ sha256: `${name}-${from}`, fileName: `${from}.csv`, format: 'csv', bytes: new Uint8Array(1) });
      const part = fixture.comments.slice(from, from + BATCH);
      const batch = store.feedback.insertBatch(file.id, 'bench', { items: part.length, flagged: 0 }, []);
      store.feedback.insertItems(batch, file.id, part.map((c, i) => ({
        text: c.text, fingerprint: `${from + i}`, sourceName: c.source, attribution: { status: 'unknown' as const },
        documentTitle: 'Báo cáo chính trị', draftNumber: 1, location: c.location ?? null, sheet: 'Sheet1', row: from + i + 2, paragraph: null,
      })));
    }
  });
  return { store, documentId: id };
}

/** Stores a copy of the workspace's first item as a new batch. */
function addCopy(store: WorkspaceStore): void {
  const [first] = store.feedback.list({ limit: 1 });
  store.transaction(() => {
    const file = store.feedback.insertFile({ sha256: 'copy', fileName: 'copy.csv', format: 'csv', bytes: new Uint8Array(1) });
    const batch = store.feedback.insertBatch(file.id, 'bench', { items: 1, flagged: 0 }, []);
    store.feedback.insertItems(batch, file.id, [{
      text: first.text, fingerprint: 'copy', sourceName: 'Bench', attribution: { status: 'unknown' as const },
      documentTitle: first.documentTitle, draftNumber: 1, location: first.location, sheet: 'Sheet1', row: 2, paragraph: null,
    }]);
  });
}

function timed<T>(fn: () => T): { value: T; ms: number; cpu_ms: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = fn();
  const used = process.cpuUsage(cpu);
  return { value, ms: Math.round(performance.now() - start), cpu_ms: Math.round((used.user + used.system) / 1000) };
}

export async function storedFigures(anchoring: FeedbackFixture, big: FeedbackFixture) {
  const dir = tempDir('vankien-bench-');
  try {
    const small = workspaceOf(dir.path, 'anchor', anchoring);
    const expected = new Map(anchoring.comments.map((c) => [c.text, c.expectedBlockIds?.join() ?? null]));
    const first = timed(() => anchorFeedback(small.store, small.documentId));
    const items = small.store.feedback.list({ limit: 100_000 });
    const right = items.filter((i) => expected.get(i.text) && expected.get(i.text) === i.anchor?.blockIds.join()).length;
    const anchorStored = {
      comments: anchoring.comments.length,
      anchorRun_ms: await time(() => anchorFeedback(small.store, small.documentId), 5, 0),
      firstRun: { ms: first.ms, cpu_ms: first.cpu_ms },
      summary: first.value,
      anchoredRight: Math.round((right / anchoring.comments.filter((c) => c.expectedBlockIds !== null).length) * 10_000) / 10_000,
      followIntoWorking_ms: await time(() => followAnchors(small.store, small.documentId, 'working', { onlyOrphaned: true, offset: 0, limit: 100 }), 3, 1),
      queueFirstPage_ms: await time(() => anchorQueue(small.store, small.documentId, { offset: 0, limit: 200 }), 5, 1),
    };
    small.store.close();

    const made = workspaceOf(dir.path, 'cluster', big);
    made.store.close();
    const runs: { run: Timed; again: Timed; afterNewItem: Timed }[] = [];
    let listFirstPage_ms: Timing | null = null;
    for (let copy = 0; copy < CLUSTER_COPIES; copy++) {
      const file = join(dir.path, `cluster-${copy}.vkws`);
      copyFileSync(join(dir.path, 'cluster.vkws'), file);
      const store = WorkspaceStore.open(file);
      try {
        const run = timed(() => clusterFeedback(store, 'bench'));
        const again = timed(() => clusterFeedback(store, 'bench'));
        // One more item (a copy of the first): the items changed, so this run clusters all 100,001 again.
        addCopy(store);
        const afterNewItem = timed(() => clusterFeedback(store, 'bench'));
        runs.push({ run, again, afterNewItem });
        if (copy === 0) listFirstPage_ms = await time(() => listClusters(store, { offset: 0, limit: 100 }), 5, 1);
      } finally {
        store.close();
      }
    }
    const figures = (pick: (r: (typeof runs)[number]) => Timed) => ({
      ms: summarise(runs.map((r) => pick(r).ms)), cpu_ms: summarise(runs.map((r) => pick(r).cpu_ms)), ...pick(runs[0]).value,
    });
    const clusterStored = {
      comments: big.comments.length,
      firstRun: figures((r) => r.run),
      secondRun: figures((r) => r.again),
      afterNewItem: figures((r) => r.afterNewItem),
      listFirstPage_ms,
    };
    return { anchor10k: anchorStored, cluster100k: clusterStored };
  } finally {
    dir.remove();
  }
}
