import * as Y from 'yjs';
import { ATTRIBUTION_COPY_ORIGIN } from '../../shared/editor/origins.ts';
import { RpcError } from '../api/rpcClient.ts';
import { openCollabSession } from '../editor/collabSession.ts';

/**
 * A local, disconnected copy of the working copy's Y.Doc (with its full history, gc off): synced
 * once from the server, then the connection is closed. Rendering snapshots on a copy means
 * nothing the read-only view does can ever reach the shared document. Rejects with a `network`
 * RpcError when the copy does not arrive within `timeoutMs`.
 */
export function loadWorkingCopyDoc(workspaceId: string, documentId: string, timeoutMs = 20_000): Promise<Y.Doc> {
  return new Promise((resolve, reject) => {
    let done = false;
    const session = openCollabSession(workspaceId, documentId, (state) => {
      if (done || !state.synced) return;
      done = true;
      clearTimeout(timer);
      const copy = new Y.Doc({ gc: false });
      Y.applyUpdateV2(copy, Y.encodeStateAsUpdateV2(session.ydoc), ATTRIBUTION_COPY_ORIGIN);
      // Destroying inside the provider's own callback would tear it down mid-dispatch.
      queueMicrotask(() => session.destroy());
      resolve(copy);
    });
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      session.destroy();
      // The server did not send the document in time: said as a network failure, by its code.
      reject(new RpcError({ code: 'network', message: `working copy not received within ${timeoutMs} ms` }));
    }, timeoutMs);
  });
}
