import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { syncDocumentName } from '../../shared/rpc/protocol.ts';

/** A `ws` WebSocket class that sends the Bearer secret, as Node providers must (trusting exactly `ca` over wss: when given). */
function authedSocket(secret: string | null, headers: () => Record<string, string>, ca?: Buffer) {
  return class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { ...(secret ? { authorization: `Bearer ${secret}` } : {}), ...headers() }, ...(ca ? { ca, rejectUnauthorized: true } : {}) });
    }
  };
}

export interface TestProvider {
  provider: HocuspocusProvider;
  ydoc: Y.Doc;
  destroy(): void;
}

/** A real HocuspocusProvider on its own socket, editing `workspaceId/documentId`. */
export function connectProvider(
  url: string,
  secret: string | null,
  workspaceId: string,
  documentId: string,
  options: { headers?: () => Record<string, string>; maxAttempts?: number; ca?: Buffer } = {},
): TestProvider {
  const ydoc = new Y.Doc();
  const websocketProvider = new HocuspocusProviderWebsocket({
    url: url.replace(/^http/, 'ws') + '/sync?v=1',
    WebSocketPolyfill: authedSocket(secret, options.headers ?? (() => ({})), options.ca),
    maxAttempts: options.maxAttempts ?? 1,
  });
  const provider = new HocuspocusProvider({ websocketProvider, name: syncDocumentName(workspaceId, documentId), document: ydoc });
  provider.attach(); // a provider given its socket does not attach by itself
  return {
    provider,
    ydoc,
    destroy() {
      provider.destroy();
      websocketProvider.destroy();
      ydoc.destroy();
    },
  };
}

/** Resolves when the provider has synced and the server has acknowledged every local change. */
export function settled(p: HocuspocusProvider, timeoutMs = 10_000): Promise<void> {
  return waitFor(() => p.isSynced && p.unsyncedChanges === 0, timeoutMs, 'provider to settle');
}

export async function waitFor(predicate: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
