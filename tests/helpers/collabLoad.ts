import { readFileSync } from 'node:fs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { syncDocumentName } from '../../shared/rpc/protocol.ts';
import { isSaved, superviseSync } from '../../renderer/editor/superviseSync.ts';
import { connectProvider, settled, waitFor } from './provider.ts';
import { call } from './rpc.ts';
import { plainText, typeText } from './yContent.ts';

/** One editing client of a load run: a real provider that reconnects by itself (as the editor's does). */
export interface LoadClient {
  id: number;
  provider: HocuspocusProvider;
  ydoc: Y.Doc;
  /** How many of its edits the server had acknowledged at the last moment nothing was unacknowledged. */
  acknowledged: number;
  sent: number;
  destroy(): void;
}

/** A provider with the secret, retrying for ever every 100 ms–1 s (the server may be restarting); `acknowledged` follows superviseSync. */
export function loadClient(id: number, baseUrl: string, secret: string, workspaceId: string, documentId: string): LoadClient {
  const ydoc = new Y.Doc();
  const websocketProvider = new HocuspocusProviderWebsocket({
    url: `${baseUrl.replace(/^http/, 'ws')}/sync?v=1`,
    WebSocketPolyfill: class extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { authorization: `Bearer ${secret}` } });
      }
    },
    // For ever, every 100 ms to 1 s: minDelay must stay below delay (the retry library refuses it silently and the provider never connects).
    maxAttempts: 0,
    delay: 200,
    minDelay: 100,
    factor: 1.5,
    maxDelay: 1000,
  });
  const provider = new HocuspocusProvider({ websocketProvider, name: syncDocumentName(workspaceId, documentId), document: ydoc });
  provider.attach();
  const client: LoadClient = {
    id,
    provider,
    ydoc,
    acknowledged: 0,
    sent: 0,
    destroy() {
      provider.destroy();
      websocketProvider.destroy();
      ydoc.destroy();
    },
  };
  // As the editor decides "Đã lưu" (it drops the provider's stale queue at each reconnect).
  const supervisor = superviseSync(provider, (state) => {
    if (isSaved(state)) client.acknowledged = client.sent;
  });
  const destroy = client.destroy;
  client.destroy = () => (supervisor.dispose(), destroy());
  return client;
}

/** A new workspace's document on the server at `url` with one paragraph already in it, so every client types into the same one. */
export async function loadDocument(url: string, secret: string): Promise<{ workspaceId: string; documentId: string }> {
  const { workspace } = await call(url, secret, 'workspace.create', { name: 'Tải nặng' });
  const { document } = await call(url, secret, 'document.create', { workspaceId: workspace.id, kind: 'other', title: 'Nhiều người' });
  const seed = connectProvider(url, secret, workspace.id, document.id);
  await settled(seed.provider);
  typeText(seed.ydoc, 'Mở đầu.');
  await settled(seed.provider);
  seed.destroy();
  return { workspaceId: workspace.id, documentId: document.id };
}

/** The token client `c` types as its edit `i`: unique, so a lost or doubled edit is counted. */
export const token = (c: number, i: number) => `‹${c}:${i}›`;

/** What client `c` types in warm-up round `i`, before the edits that are counted: not a token, so no count sees it. */
export const warmupToken = (c: number, i: number) => `«${c}:${i}»`;

/** Every token in a text, with how often it occurs. */
export function tokenCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(/‹\d+:\d+›/g)) counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
  return counts;
}

/**
 * Watches a Y.Doc for tokens arriving from others and records, for each, the time from its
 * sending (`sentAt`, same process clock) to its arrival here: the propagation latency.
 */
export function watchArrivals(ydoc: Y.Doc, sentAt: Map<string, number>): number[] {
  const latencies: number[] = [];
  onArrivals(ydoc, () => performance.now(), (text, now) => {
    const at = sentAt.get(text);
    if (at !== undefined) latencies.push(now - at);
  });
  return latencies;
}

/**
 * Calls `arrived` with each token (or warm-up token) that others' changes insert into `ydoc`, and
 * the clock's time when the change was applied. It reads only what each change added (decoding
 * the update the document emits for it), not the text: YTextEvent.delta walks the whole text at
 * every change, which cost the measuring client more than applying the changes.
 */
export function onArrivals(ydoc: Y.Doc, clock: () => number, arrived: (text: string, at: number) => void): void {
  ydoc.on('update', (update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
    if (transaction.local) return; // its own typing
    const now = clock();
    for (const struct of Y.decodeUpdate(update).structs) {
      if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentString)) continue;
      for (const match of struct.content.str.matchAll(/‹\d+:\d+›|«\d+:\d+»/g)) arrived(match[0], now);
    }
  });
}

/**
 * Each client types its `edits` tokens, one every `intervalMs`, all at once; resolves when every
 * client has sent them all. `sentAt` gets each token's sending time.
 */
export async function typeTokens(clients: LoadClient[], edits: number, intervalMs: number, sentAt: Map<string, number>, during?: (progress: number) => Promise<void> | void): Promise<void> {
  let round = 0;
  while (round < edits) {
    typeRound(clients, round, sentAt, () => performance.now());
    round++;
    if (during) await during(round / edits);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Each client types its token of `round`; `sentAt` gets each token's time on `clock`, taken just before it is typed. */
export function typeRound(clients: LoadClient[], round: number, sentAt: Map<string, number>, clock: () => number, tokenOf = token): void {
  for (const client of clients) {
    const text = tokenOf(client.id, round);
    sentAt.set(text, clock());
    typeText(client.ydoc, text);
    client.sent++;
  }
}

/** Waits until every client is synced with nothing unacknowledged and all hold `expected` tokens. */
export async function converged(clients: LoadClient[], expected: number, timeoutMs: number): Promise<void> {
  await waitFor(() => clients.every((c) => c.provider.isSynced && c.provider.unsyncedChanges === 0), timeoutMs, 'every client to be acknowledged');
  // A client that held them all is not counted again: counting reads the whole text.
  const done = new Set<LoadClient>();
  const holdsAll = (c: LoadClient) => {
    if (!done.has(c) && tokenCounts(plainText(c.ydoc)).size >= expected) done.add(c);
    return done.has(c);
  };
  await waitFor(() => clients.every(holdsAll), timeoutMs, 'every client to hold every edit');
}

/** A process's resident memory in MB (Linux). */
export function residentMb(pid: number): number {
  const kb = Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? NaN);
  return Math.round((kb / 1024) * 10) / 10;
}

/** The CPU time a process has used so far, user and system, in ms (Linux; clock ticks of 10 ms). */
export function cpuMs(pid: number): number {
  // Fields 14 and 15 of /proc/<pid>/stat, counted after the command name, which may hold spaces.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
