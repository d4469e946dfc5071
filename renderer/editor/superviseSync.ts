import type { HocuspocusProvider } from '@hocuspocus/provider';
import { closeKindOf, isStorageClose, type StorageCloseKind } from '../../shared/rpc/closeCodes.ts';

/** `unavailable`: the server refused the document (deleted, unknown, or its workspace cannot be read). */
export type ConnectionState = 'connecting' | 'connected' | 'disconnected' | 'protocolTooOld' | 'unavailable';

/** A change the server refused for good; the session must be reopened from the server's copy. */
export type Refusal = 'invalidContent' | 'messageTooLarge';

export interface SyncState {
  connection: ConnectionState;
  /** Local changes the server has not acknowledged (and so not yet stored). */
  unsynced: number;
  synced: boolean;
  people: number;
  /**
   * Why the server could not store the last change (disk full, file locked…). Set when it closes
   * the socket with a storage code, cleared only once everything is acknowledged again.
   */
  fault: StorageCloseKind | null;
  /** Set when the server refused a change: the caller reopens the document from the server. */
  refused: Refusal | null;
  /** The server's reason for the refusal (what the change added that is not allowed). */
  refusedDetail: string;
  /** The server refused this client's awareness (presence) as too large; it is no longer shared. */
  awarenessRefused: boolean;
  /**
   * The server made this connection read-only (a team server's reviewers, compilers and admins:
   * only drafters change the text). The editor is then not editable; it follows each reconnect
   * (a role changed mid-session closes the socket with `rightsChanged`).
   */
  readOnly: boolean;
}

export const INITIAL_SYNC_STATE: SyncState = {
  connection: 'connecting',
  unsynced: 0,
  synced: false,
  people: 1,
  fault: null,
  refused: null,
  refusedDetail: '',
  awarenessRefused: false,
  readOnly: false,
};

const BASE_DELAY_MS = 1000;
const MAX_DELAY_MS = 30_000;

/** True when the server has acknowledged every change and no storage fault is outstanding. */
export function isSaved(state: SyncState): boolean {
  return state.synced && state.unsynced === 0 && !state.fault;
}

/**
 * Follows a provider's sync state and acts on the server's close codes: a storage fault keeps
 * the unsent changes (they stay in the Y.Doc; the normal sync sends them again on reconnect)
 * and backs off, 1, 2, 4 … 30 s between attempts, so a full disk is not hammered; a refused
 * change, or a document the server does not have, stops reconnecting (the first would be sent
 * again for ever). `onChange` gets a copy of the state whenever it changes.
 *
 * On every (re)connection it also drops the updates the provider queued while it was
 * disconnected. Their content is in the Y.Doc and goes in the sync step 2 the provider sends
 * next; sent as well, they would be acknowledged on their own after the provider has reset its
 * unsynced count to 1 (for that step 2), bringing the count to 0 — "saved" — before the step 2,
 * which may be what they depend on, is stored.
 *
 * `onChange` is called only when the state differs from the one it was last given.
 */
export function superviseSync(provider: HocuspocusProvider, onChange: (state: SyncState) => void): { state: SyncState; dispose(): void } {
  const state: SyncState = { ...INITIAL_SYNC_STATE, synced: provider.isSynced, unsynced: provider.unsyncedChanges };
  const socket = provider.configuration.websocketProvider;
  let faults = 0;
  let emitted: SyncState | null = null;
  const emit = () => {
    state.unsynced = provider.unsyncedChanges;
    if (state.fault && provider.isSynced && provider.unsyncedChanges === 0) {
      state.fault = null;
      faults = 0;
      socket.configuration.delay = BASE_DELAY_MS;
    }
    // Only a change: the provider reports every awareness update (each cursor move of each
    // person), most of which leave the count of people, and so this state, as it was.
    if (emitted && sameState(emitted, state)) return;
    emitted = { ...state };
    onChange({ ...state });
  };
  const stopped = () => state.connection === 'protocolTooOld' || state.connection === 'unavailable' || state.refused !== null;
  const handlers = {
    open: () => {
      // HocuspocusProviderWebsocket keeps its queue private; this runs before it is flushed.
      (socket as unknown as { messageQueue: unknown[] }).messageQueue = [];
    },
    status: ({ status }: { status: string }) => {
      if (!stopped()) state.connection = status as ConnectionState;
      emit();
    },
    synced: () => {
      state.synced = true;
      emit();
    },
    unsyncedChanges: () => emit(),
    awarenessChange: ({ states }: { states: unknown[] }) => {
      state.people = Math.max(1, states.length);
      emit();
    },
    authenticated: ({ scope }: { scope: string }) => {
      state.readOnly = scope === 'readonly';
      emit();
    },
    authenticationFailed: () => {
      state.connection = 'unavailable';
      emit();
    },
    close: ({ event }: { event: { code: number; reason?: string } }) => {
      const kind = closeKindOf(event.code);
      if (isStorageClose(kind)) {
        state.fault = kind;
        faults++;
        // The reconnect after this close is already scheduled; the next ones wait longer.
        socket.configuration.delay = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** faults);
      } else if (kind === 'invalidContent' || kind === 'messageTooLarge') {
        state.refused = kind;
        state.refusedDetail = (event.reason ?? '').replace(/^[a-z_]+:?\s*/, '');
        socket.disconnect();
      } else if (kind === 'awarenessTooLarge') {
        state.awarenessRefused = true;
        provider.awareness?.setLocalState(null);
      } else if (kind === 'protocolTooOld') {
        state.connection = 'protocolTooOld';
        socket.disconnect();
      } else if (kind === 'sessionEnded') {
        // Reconnecting would be refused until the person signs in again (credentials.ts); then it reconnects.
        socket.disconnect();
      } else if (kind === 'documentNotFound' || kind === 'documentNameInvalid' || kind === 'documentNameTooLong' || kind === 'noAccess') {
        state.connection = 'unavailable';
        socket.disconnect();
      } else return;
      emit();
    },
  };
  for (const [name, handler] of Object.entries(handlers)) provider.on(name, handler);
  return {
    state,
    dispose() {
      for (const [name, handler] of Object.entries(handlers)) provider.off(name, handler);
    },
  };
}

function sameState(a: SyncState, b: SyncState): boolean {
  return (Object.keys(a) as (keyof SyncState)[]).every((key) => a[key] === b[key]);
}
