/**
 * How long a 20 MB import stalls everyone else, with the job in a worker and in the server's own
 * thread, in the same run: a real server on port 0, a 20 MB .docx (a 400,000-word body, ten
 * city reports, plus 19 MB of pictures) imported over RPC while another client (in its own thread)
 * calls `workspace.list` every 10 ms. Figures per mode (median of 3 imports): the event loop's delay during the import
 * (perf_hooks.monitorEventLoopDelay, max and p99, ms), the slowest of those small RPCs, and the
 * import's own duration. What remains in the thread with the worker is reading the 27 MB JSON
 * body, decoding base64 and writing the update to SQLite.
 */
import { once } from 'node:events';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { startWorkspaceServer } from '../../main/server/WorkspaceServer.ts';
import { call } from '../helpers/rpc.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { buildDocx } from '../fixtures/buildDocx.ts';
import { reportSpec } from '../fixtures/reportDocx.ts';

const MiB = 1024 * 1024;

/** The report's parts plus incompressible pictures, stored, to `mib` MiB. */
function twentyMegabyteDocx(mib = 20): Uint8Array {
  const report = buildDocx(reportSpec(400_000).spec);
  const parts: Zippable = unzipSync(report);
  let size = report.length;
  let seed = 1;
  for (let i = 1; size < mib * MiB; i++) {
    const picture = new Uint8Array(MiB);
    for (let j = 0; j < picture.length; j++) picture[j] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    parts[`word/media/image${i}.png`] = [picture, { level: 0 }];
    size += picture.length;
  }
  parts['word/_rels/document.xml.rels'] = strToU8('<Relationships/>');
  return zipSync(parts);
}

interface Run {
  loopDelayMaxMs: number;
  loopDelayP99Ms: number;
  slowestOtherRpcMs: number;
  otherRpcsAnswered: number;
  importMs: number;
}

async function oneImport(bytes: Uint8Array, inWorker: boolean): Promise<Run> {
  const dir = tempDir();
  const server = await startWorkspaceServer({ dataDir: dir.path, port: 0, jobs: { inlineBelowBytes: inWorker ? 0 : Infinity } });
  try {
    const { workspace } = await call(server.url, server.secret, 'workspace.create', { name: 'Bench' });
    const input = { workspaceId: workspace.id, kind: 'political_report', fileName: 'bao-cao-20mb.docx', dataBase64: Buffer.from(bytes).toString('base64') };
    if (inWorker) await call(server.url, server.secret, 'workspace.list', {}); // the same warm-up for both modes
    const histogram = monitorEventLoopDelay({ resolution: 5 });
    const pinger = startPinger(server.url, server.secret);
    await new Promise((resolve) => pinger.once('message', resolve)); // its first answer: it runs
    histogram.enable();
    const start = performance.now();
    await call(server.url, server.secret, 'document.import', input);
    const importMs = performance.now() - start;
    histogram.disable();
    pinger.postMessage('stop');
    const [{ slowest, answered }] = (await once(pinger, 'message')) as [{ slowest: number; answered: number }];
    await pinger.terminate();
    const ms = (ns: number) => Math.round(ns / 1e5) / 10;
    return { loopDelayMaxMs: ms(histogram.max), loopDelayP99Ms: ms(histogram.percentile(99)), slowestOtherRpcMs: Math.round(slowest), otherRpcsAnswered: answered, importMs: Math.round(importMs) };
  } finally {
    await server.close();
    dir.remove();
  }
}

/**
 * Another client, in its own thread so that a stalled server cannot also stall it: calls
 * workspace.list every 10 ms, posts once after its first answer, and on 'stop' posts the slowest
 * answer and how many it got (counted from the first).
 */
function startPinger(url: string, secret: string): Worker {
  const code = `
    const { parentPort, workerData: { url, secret } } = require('node:worker_threads');
    let stop = false, slowest = 0, answered = 0;
    parentPort.on('message', () => { stop = true; });
    (async () => {
      while (!stop) {
        const start = performance.now();
        await fetch(url + '/api/rpc/workspace.list', { method: 'POST', headers: { authorization: 'Bearer ' + secret, 'content-type': 'application/json' }, body: '{}' }).then((r) => r.text());
        if (answered++ === 0) parentPort.postMessage('running');
        else slowest = Math.max(slowest, performance.now() - start);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      parentPort.postMessage({ slowest: Math.round(slowest), answered: answered - 1 });
    })();`;
  return new Worker(code, { eval: true, workerData: { url, secret } });
}

/** The run with the median loop delay. */
function median(runs: Run[]): Run {
  return [...runs].sort((a, b) => a.loopDelayMaxMs - b.loopDelayMaxMs)[Math.floor(runs.length / 2)];
}

export async function run(): Promise<Record<string, unknown>> {
  const bytes = twentyMegabyteDocx();
  const modes: Record<string, Run[]> = { worker: [], inThread: [] };
  for (let i = 0; i < 3; i++) {
    modes.worker.push(await oneImport(bytes, true));
    modes.inThread.push(await oneImport(bytes, false));
  }
  return {
    fileMB: Math.round((bytes.length / MiB) * 10) / 10,
    withWorker: median(modes.worker),
    withoutWorker: median(modes.inThread),
    target: 'the loop delay with the worker stays far below the import time without it',
  };
}
