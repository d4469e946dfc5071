/**
 * The synthesis report (issue 11, "Outputs") of 10,000 generated comments on a 40,000-word draft
 * (tests/fixtures/feedback/synthesisWorkspace.ts: clustered, the working copy changed since):
 * reading the model from the store (comments, clusters, places, what changed per cluster), writing
 * the .docx from it, and the whole export as the CLI runs it (inline, audited).
 */
import { exportSynthesis } from '../../main/services/feedback/exportSynthesis.ts';
import { synthesisOf } from '../../main/services/feedback/synthesisReport.ts';
import { synthesisDocx } from '../../shared/feedback/synthesis/synthesisDocx.ts';
import { synthesisWorkspace } from '../fixtures/feedback/synthesisWorkspace.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { summarise } from './stats.ts';

const COMMENTS = 10_000;
const RUNS = 5;

function timed(fn: () => unknown, runs = RUNS) {
  const samples: number[] = [];
  for (let k = 0; k < runs; k++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

export async function run(): Promise<Record<string, unknown>> {
  const dir = tempDir();
  const fillStart = performance.now();
  const workspace = synthesisWorkspace(dir.path, { seed: 21, comments: COMMENTS, draftWords: 40_000 });
  const fill_ms = Math.round(performance.now() - fillStart);
  try {
    const report = synthesisOf(workspace.store, workspace.documentId, undefined);
    const entries = report.parts.reduce((n, p) => n + p.entries.length, 0);
    const bytes = synthesisDocx(report).byteLength;
    const model = timed(() => synthesisOf(workspace.store, workspace.documentId, undefined));
    const docx = timed(() => synthesisDocx(report));
    const exportStart = performance.now();
    await exportSynthesis(workspace.store, workspace.documentId, undefined, 'bench');
    const export_ms = Math.round(performance.now() - exportStart);
    return { comments: COMMENTS, clusters: entries, parts: report.parts.length, docx_bytes: bytes, fill_ms, model_ms: model, docx_ms: docx, export_ms };
  } finally {
    workspace.store.close();
    dir.remove();
  }
}
