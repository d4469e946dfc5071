import { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { syncDocumentName } from '../../shared/rpc/protocol.ts';
import { serverConnection, syncUrl } from '../api/connection.ts';
import { CLOSE } from '../../shared/rpc/closeCodes.ts';
import { onCredentialState, socketFailed } from '../api/credentials.ts';
import { openOfflineStore } from './offline/offlineStore.ts';
import { offlineStoreName } from './offline/offlineStoreName.ts';
import { SEND_DELAY_MS, sendAfterPaint } from './sendAfterPaint.ts';
import { isSaved, superviseSync, type SyncState } from './superviseSync.ts';

export type { ConnectionState, Refusal, SyncState } from './superviseSync.ts';
export { INITIAL_SYNC_STATE } from './superviseSync.ts';

/**
 * One document's live session: a Y.Doc synced with the workspace server and kept on this machine
 * (offline/offlineStore.ts) until the server has it. `onChange` is called with the sync state
 * whenever it changes; "saved" means synced with nothing unacknowledged and no storage fault (see
 * superviseSync for what each close code of the server does). `user` is the signed-in person's
 * name on a team server (null in local mode): each person's unsent changes are kept apart.
 */
export function openCollabSession(workspaceId: string, documentId: string, onChange: (state: SyncState) => void, user: string | null = null) {
  const ydoc = new Y.Doc({ gc: false });
  // Before the provider, so what was kept offline is in the Y.Doc when it can be (it is sent as an update otherwise).
  const store = openOfflineStore(offlineStoreName(serverConnection().baseUrl, user, workspaceId, documentId), ydoc);
  const provider = new HocuspocusProvider({
    url: syncUrl(serverConnection()),
    name: syncDocumentName(workspaceId, documentId),
    document: ydoc,
    flushDelay: SEND_DELAY_MS,
  });
  const stopSending = sendAfterPaint(provider);
  const watcher = superviseSync(provider, (state) => {
    if (isSaved(state) && !state.readOnly) store.saved();
    onChange(state);
  });
  // A socket that closes without a code of ours may have had its key refused (see credentials.ts).
  const onClose = ({ event }: { event: CloseEvent }) => {
    if (event.code !== CLOSE.protocolTooOld.code) void socketFailed();
  };
  provider.on('close', onClose);
  // Once a new key is accepted, reconnect at once: the unsent edits held in `ydoc` go out.
  const stopWatching = onCredentialState((next) => {
    if (next === 'accepted') void provider.configuration.websocketProvider.connect();
  });
  return {
    ydoc,
    provider,
    store,
    destroy() {
      stopWatching();
      provider.off('close', onClose);
      watcher.dispose();
      stopSending();
      provider.destroy();
      store.destroy();
      ydoc.destroy();
    },
  };
}

export type CollabSession = ReturnType<typeof openCollabSession>;
