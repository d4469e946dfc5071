/**
 * Many people on one document (issue 10, "Load and faults"): 25 real Hocuspocus providers, each
 * typing 200 edits (one every 20 ms) into the same paragraph of a document served by `vankien
 * serve` in its own process on loopback. Prints the propagation latency — from an edit's typing
 * to its arrival in another client (client 0, for the 24 others' 4,800 edits; same process clock)
 * — the time to converge, and the server's resident memory before, at its peak and after.
 * Target: p95 ≤ 50 ms on loopback.
 */
import { converged, loadClient, loadDocument, residentMb, tokenCounts, typeTokens, watchArrivals } from '../helpers/collabLoad.ts';
import { startServeProcess } from '../helpers/serveProcess.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { plainText } from '../helpers/yContent.ts';
import { summarise } from './stats.ts';

const SECRET = 'collab-bench-secret-0123456789abcdef';
const CLIENTS = 25;
const EDITS = 200;

export async function run(): Promise<Record<string, unknown>> {
  const dir = tempDir();
  const server = await startServeProcess({ dataDir: dir.path, env: { VANKIEN_SECRET: SECRET } });
  try {
    const { workspaceId, documentId } = await loadDocument(server.url, SECRET);
    const memoryBefore = residentMb(server.pid);
    const clients = Array.from({ length: CLIENTS }, (_, id) => loadClient(id, server.url, SECRET, workspaceId, documentId));
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
