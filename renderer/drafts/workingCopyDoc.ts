import * as Y from 'yjs';
import { ATTRIBUTION_COPY_ORIGIN } from '../../shared/editor/origins.ts';
import { openCollabSession } from '../editor/collabSession.ts';

/**
 * A local, disconnected copy of the working copy's Y.Doc (with its full history, gc off): synced
 * once from the server, then the connection is closed. Rendering snapshots on a copy means
 * nothing the read-only view does can ever reach the shared document.
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
      reject(new Error('timeout'));
    }, timeoutMs);
  });
}
