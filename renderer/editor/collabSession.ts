import { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { syncDocumentName } from '../../shared/rpc/protocol.ts';
import { serverConnection, syncUrl } from '../api/connection.ts';
import { superviseSync, type SyncState } from './superviseSync.ts';

export type { ConnectionState, Refusal, SyncState } from './superviseSync.ts';
export { INITIAL_SYNC_STATE } from './superviseSync.ts';

/**
 * One document's live session: a Y.Doc synced with the workspace server. `onChange` is called
 * with the sync state whenever it changes; "saved" means synced with nothing unacknowledged and
 * no storage fault (see superviseSync for what each close code of the server does).
 */
export function openCollabSession(workspaceId: string, documentId: string, onChange: (state: SyncState) => void) {
  const ydoc = new Y.Doc({ gc: false });
  const provider = new HocuspocusProvider({
    url: syncUrl(serverConnection()),
    name: syncDocumentName(workspaceId, documentId),
    document: ydoc,
  });
  const watcher = superviseSync(provider, onChange);
  return {
    ydoc,
    provider,
    destroy() {
      watcher.dispose();
      provider.destroy();
      ydoc.destroy();
    },
  };
}

export type CollabSession = ReturnType<typeof openCollabSession>;
