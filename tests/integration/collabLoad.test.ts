import { afterEach, describe, expect, it } from 'vitest';
import { converged, loadClient, loadDocument, token, tokenCounts, typeTokens, watchArrivals, type LoadClient } from '../helpers/collabLoad.ts';
import { processGroups, runSpreadLoad } from '../helpers/collabLoadProcesses.ts';
import { connectProvider, settled } from '../helpers/provider.ts';
import { startServeProcess, type ServeProcess } from '../helpers/serveProcess.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { plainText } from '../helpers/yContent.ts';

const SECRET = 'load-test-secret-0123456789abcdef';

let dir: ReturnType<typeof tempDir> | undefined;
let servers: ServeProcess[] = [];
let clients: LoadClient[] = [];

afterEach(async () => {
  for (const client of clients) client.destroy();
  clients = [];
  for (const server of servers) await server.crash();
  servers = [];
  dir?.remove();
});

async function serve(port = 0): Promise<ServeProcess> {
  const server = await startServeProcess({ dataDir: dir!.path, port, env: { VANKIEN_SECRET: SECRET } });
  servers.push(server);
  return server;
}

/** A served document with one paragraph already in it, so every client types into the same one. */
async function servedDocument() {
  dir = tempDir();
  const server = await serve();
  return { server, ...(await loadDocument(server.url, SECRET)) };
}

/** What a new client reads from the server. */
async function readBack(url: string, workspaceId: string, documentId: string): Promise<string> {
  const reader = connectProvider(url, SECRET, workspaceId, documentId);
  await settled(reader.provider, 30_000);
  const text = plainText(reader.ydoc);
  reader.destroy();
  return text;
}

function expectEveryTokenOnce(text: string, clientCount: number, edits: number): void {
  const counts = tokenCounts(text);
  expect(counts.size).toBe(clientCount * edits);
  for (let c = 0; c < clientCount; c++) for (let i = 0; i < edits; i++) expect(counts.get(token(c, i)), token(c, i)).toBe(1);
}

describe('many people on one document', () => {
  it('converges with 25 clients × 200 edits, losing and doubling none', async () => {
    const { server, workspaceId, documentId } = await servedDocument();
    clients = Array.from({ length: 25 }, (_, id) => loadClient(id, server.url, SECRET, workspaceId, documentId));
    await converged(clients, 0, 30_000);
    const sentAt = new Map<string, number>();
    const arrivals = watchArrivals(clients[0].ydoc, sentAt);
    await typeTokens(clients, 200, 20, sentAt);
    await converged(clients, 25 * 200, 120_000);
    const texts = clients.map((client) => plainText(client.ydoc));
    for (const text of texts) expect(text).toBe(texts[0]);
    expectEveryTokenOnce(texts[0], 25, 200);
    // Client 0 saw every other client's edits arrive.
    expect(arrivals.length).toBe(24 * 200);
    expectEveryTokenOnce(await readBack(server.url, workspaceId, documentId), 25, 200);
  }, 180_000);

  it('keeps every acknowledged edit when the server is killed with SIGKILL mid-run, and the clients reconnect by themselves', async () => {
    const { server, workspaceId, documentId } = await servedDocument();
    clients = Array.from({ length: 5 }, (_, id) => loadClient(id, server.url, SECRET, workspaceId, documentId));
    await converged(clients, 0, 30_000);
    let ackedAtKill: number[] = [];
    let recovered = '';
    await typeTokens(clients, 100, 10, new Map(), async (progress) => {
      if (progress !== 0.5) return;
      await server.crash();
      ackedAtKill = clients.map((client) => client.acknowledged);
      // What the server stored, read on another port before the clients can reach it again.
      const aside = await serve();
      recovered = await readBack(aside.url, workspaceId, documentId);
      await aside.crash();
      await serve(server.port); // the clients' own address: they come back by themselves
    });
    for (const [c, acked] of ackedAtKill.entries()) for (let i = 0; i < acked; i++) expect(recovered, token(c, i)).toContain(token(c, i));
    expect(Math.min(...ackedAtKill)).toBeGreaterThan(0);
    // And with the edits typed while it was down, everything reaches the restarted server once.
    await converged(clients, 5 * 100, 60_000);
    expectEveryTokenOnce(await readBack(server.url, workspaceId, documentId), 5, 100);
  }, 120_000);

  it('converges with the clients spread over processes, client 0 alone, and times every other client\'s edit on one clock', async () => {
    const { server, workspaceId, documentId } = await servedDocument();
    const load = { url: server.url, secret: SECRET, workspaceId, documentId, clients: 5, edits: 20, intervalMs: 20, warmupRounds: 3, perProcess: 2, niceness: 0 };
    const result = await runSpreadLoad(load);
    expect(result).toMatchObject({ lost: 0, identical: true, processes: 3 });
    expect(result.latencies.length).toBe(4 * 20);
    expect(result.warmupLatencies.length).toBe(4 * 3);
    // An arrival before its typing would be a clock that is not shared.
    expect(Math.min(...result.latencies, ...result.warmupLatencies)).toBeGreaterThan(0);
    expectEveryTokenOnce(await readBack(server.url, workspaceId, documentId), 5, 20);
  }, 60_000);
});

describe('processGroups', () => {
  it.each([
    [25, 6, [[0], [1, 2, 3, 4, 5, 6], [7, 8, 9, 10, 11, 12], [13, 14, 15, 16, 17, 18], [19, 20, 21, 22, 23, 24]]],
    [5, 3, [[0], [1, 2, 3], [4]]],
    [1, 6, [[0]]],
  ])('puts client 0 alone and %i clients %i to a process', (clients, perProcess, groups) => {
    expect(processGroups(clients, perProcess)).toEqual(groups);
  });
});
