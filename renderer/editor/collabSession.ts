import { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { syncDocumentName } from '../../shared/rpc/protocol.ts';
import { serverConnection, syncUrl } from '../api/connection.ts';
import { onCredentialState, socketFailed } from '../api/credentials.ts';

/** Close code the server uses for a renderer older than its protocol. */
export const PROTOCOL_TOO_OLD = 4426;

/** `unavailable`: the server refused the document (deleted, or its workspace cannot be read). */
export type ConnectionState = 'connecting' | 'connected' | 'disconnected' | 'protocolTooOld' | 'unavailable';

export interface SyncState {
  connection: ConnectionState;
  /** Local changes the server has not acknowledged (and so not yet stored). */
  unsynced: number;
  synced: boolean;
  people: number;
}

/**
 * One document's live session: a Y.Doc synced with the workspace server. `onChange` is called
 * with the sync state whenever it changes; "saved" means synced with nothing unacknowledged.
 */
export function openCollabSession(workspaceId: string, documentId: string, onChange: (state: SyncState) => void) {
  const ydoc = new Y.Doc({ gc: false });
  const state: SyncState = { connection: 'connecting', unsynced: 0, synced: false, people: 1 };
  const emit = () => onChange({ ...state });
  const provider = new HocuspocusProvider({
    url: syncUrl(serverConnection()),
    name: syncDocumentName(workspaceId, documentId),
    document: ydoc,
    onStatus: ({ status }) => {
      if (state.connection !== 'protocolTooOld' && state.connection !== 'unavailable') state.connection = status as ConnectionState;
      emit();
    },
    onSynced: () => {
      state.synced = true;
      emit();
    },
    onUnsyncedChanges: ({ number }) => {
      state.unsynced = number;
      emit();
    },
    onAwarenessChange: ({ states }) => {
      state.people = Math.max(1, states.length);
      emit();
    },
    onAuthenticationFailed: () => {
      state.connection = 'unavailable';
      emit();
    },
    onClose: ({ event }) => {
      if (event.code !== PROTOCOL_TOO_OLD) void socketFailed(); // was the key refused? (see credentials.ts)
      if (event.code === PROTOCOL_TOO_OLD) {
        state.connection = 'protocolTooOld';
        emit();
      }
    },
  });
  // Once a new key is accepted, reconnect at once: the unsent edits held in `ydoc` go out.
  const stopWatching = onCredentialState((next) => {
    if (next === 'accepted') void provider.configuration.websocketProvider.connect();
  });
  return {
    ydoc,
    provider,
    destroy() {
      stopWatching();
      provider.destroy();
      ydoc.destroy();
    },
  };
}

export type CollabSession = ReturnType<typeof openCollabSession>;
