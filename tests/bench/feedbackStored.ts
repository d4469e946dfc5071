/**
 * The stored half of feedbackAnchor.bench.ts (not a bench file itself): anchoring and clustering
 * generated comments held in a workspace file, through the services the server and CLI call.
 * Clustering runs three times: the first, a second finding the items and clusters as the first
 * left them (skipped: feedback_cluster_runs), and one after a new item (clustering everything again).
 */
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
import { time } from './stats.ts';

const BATCH = 5_000;

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

export async function storedFigures(anchoring: FeedbackFixture, big: FeedbackFixture): Promise<Record<string, unknown>> {
  const dir = tempDir('vankien-bench-');
  try {
    const small = workspaceOf(dir.path, 'anchor', anchoring);
    const expected = new Map(anchoring.comments.map((c) => [c.text, c.expectedBlockIds?.join() ?? null]));
    const first = timed(() => anchorFeedback(small.store, small.documentId));
    const items = small.store.feedback.list({ limit: 100_000 });
    const right = items.filter((i) => expected.get(i.text) && expected.get(i.text) === i.anchor?.blockIds.join()).length;
    const anchorStored = {
      comments: anchoring.comments.length,
      anchorRun_ms: await time(() => anchorFeedback(small.store, small.documentId), 3, 0),
      firstRun: { ms: first.ms, cpu_ms: first.cpu_ms },
      summary: first.value,
      anchoredRight: Math.round((right / anchoring.comments.filter((c) => c.expectedBlockIds !== null).length) * 10_000) / 10_000,
      followIntoWorking_ms: await time(() => followAnchors(small.store, small.documentId, 'working', { onlyOrphaned: true, offset: 0, limit: 100 }), 3, 1),
      queueFirstPage_ms: await time(() => anchorQueue(small.store, small.documentId, { offset: 0, limit: 200 }), 5, 1),
    };
    small.store.close();

    const large = workspaceOf(dir.path, 'cluster', big);
    const run = timed(() => clusterFeedback(large.store, 'bench'));
    const again = timed(() => clusterFeedback(large.store, 'bench'));
    // One more item (a copy of the first): the items changed, so this run clusters all 100,001 again.
    addCopy(large.store);
    const afterNewItem = timed(() => clusterFeedback(large.store, 'bench'));
    const clusterStored = {
      comments: big.comments.length,
      firstRun: { ms: run.ms, cpu_ms: run.cpu_ms, ...run.value },
      secondRun: { ms: again.ms, cpu_ms: again.cpu_ms, ...again.value },
      afterNewItem: { ms: afterNewItem.ms, cpu_ms: afterNewItem.cpu_ms, ...afterNewItem.value },
      listFirstPage_ms: await time(() => listClusters(large.store, { offset: 0, limit: 100 }), 5, 1),
    };
    large.store.close();
    return { anchor10k: anchorStored, cluster100k: clusterStored };
  } finally {
    dir.remove();
  }
}
