/**
 * Many people on one document (issue 10, "Load and faults"): 25 real Hocuspocus providers, each
 * typing 200 edits (one every 20 ms) into the same paragraph of a document served by `vankien
 * serve` in its own process on loopback. Prints the propagation latency — from an edit's typing
 * to its arrival in another client (client 0, for the 24 others' 4,800 edits; same process clock)
 * — the time to converge, and the server's resident memory before, at its peak and after.
 * Target: p95 ≤ 50 ms on loopback.
 */
import { converged, loadClient, residentMb, tokenCounts, typeTokens, watchArrivals } from '../helpers/collabLoad.ts';
import { connectProvider, settled } from '../helpers/provider.ts';
import { call } from '../helpers/rpc.ts';
import { startServeProcess } from '../helpers/serveProcess.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { plainText, typeText } from '../helpers/yContent.ts';
import { summarise } from './stats.ts';

const SECRET = 'collab-bench-secret-0123456789abcdef';
const CLIENTS = 25;
const EDITS = 200;

export async function run(): Promise<Record<string, unknown>> {
  const dir = tempDir();
  const server = await startServeProcess({ dataDir: dir.path, env: { VANKIEN_SECRET: SECRET } });
  try {
    const { workspace } = await call(server.url, SECRET, 'workspace.create', { name: 'Tải nặng' });
    const { document } = await call(server.url, SECRET, 'document.create', { workspaceId: workspace.id, kind: 'other', title: 'Nhiều người' });
    const seed = connectProvider(server.url, SECRET, workspace.id, document.id);
    await settled(seed.provider);
    typeText(seed.ydoc, 'Mở đầu.');
    await settled(seed.provider);
    seed.destroy();
    const memoryBefore = residentMb(server.pid);
    const clients = Array.from({ length: CLIENTS }, (_, id) => loadClient(id, server.url, SECRET, workspace.id, document.id));
    await converged(clients, 0, 30_000);
    const memoryConnected = residentMb(server.pid);
    const sentAt = new Map<string, number>();
    const latencies = watchArrivals(clients[0].ydoc, sentAt);
    let peak = memoryConnected;
    const start = performance.now();
    await typeTokens(clients, EDITS, 20, sentAt, () => void (peak = Math.max(peak, residentMb(server.pid))));
    await converged(clients, CLIENTS * EDITS, 120_000);
    const convergeMs = Math.round(performance.now() - start);
    const lost = CLIENTS * EDITS - tokenCounts(plainText(clients[0].ydoc)).size;
    for (const client of clients) client.destroy();
    const latency = summarise(latencies);
    return {
      clients: CLIENTS,
      editsPerClient: EDITS,
      lostEdits: lost,
      propagationMs: { p50: latency.median, p95: latency.p95, arrivals: latency.runs, target: { p95: 50 } },
      convergeMs,
      serverMemoryMb: { before: memoryBefore, connected: memoryConnected, peak, after: residentMb(server.pid) },
    };
  } finally {
    await server.crash();
    dir.remove();
  }
}
