import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';

// Hocuspocus message types (its MessageType) and y-protocols' sync step types.
const AUTH = 2;
const SYNC = 0;
const AWARENESS = 1;
const SYNC_STATUS = 8;
const SYNC_UPDATE = 2;
// @hocuspocus/common's AuthMessageType.Authenticated, followed by the granted scope.
const AUTHENTICATED = 2;

/** A message for document `name`: its name, then `type`, then what `write` adds. */
export function message(name: string, type: number, write: (encoder: encoding.Encoder) => void = () => undefined): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, name);
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** The first message a provider sends: an authentication with an empty token. */
export const authMessage = (name: string) =>
  message(name, AUTH, (e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarString(e, '');
  });

/** A Yjs update, as a provider sends what its user typed. */
export const updateMessage = (name: string, update: Uint8Array) =>
  message(name, SYNC, (e) => {
    encoding.writeVarUint(e, SYNC_UPDATE);
    encoding.writeVarUint8Array(e, update);
  });

/** A sync step 2 (what a provider sends after the server's step 1: everything it has that the server lacks). */
export const syncStep2Message = (name: string, update: Uint8Array) =>
  message(name, SYNC, (e) => {
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint8Array(e, update);
  });

/** An awareness update (y-protocols' encoding of client states). */
export const awarenessMessage = (name: string, update: Uint8Array) => message(name, AWARENESS, (e) => encoding.writeVarUint8Array(e, update));

export interface RawSync {
  socket: WebSocket;
  /** Every message the server sent, as bytes. */
  received: Uint8Array[];
  /** Resolves with the close code and reason, whoever closes. */
  closed: Promise<{ code: number; reason: string }>;
  send(data: Uint8Array): void;
  /** True once the server has acknowledged an update (a SyncStatus message). */
  acknowledged(): boolean;
  /** The scope the server's Authenticated message granted ('readonly' or 'read-write'), or null before one arrived. */
  authenticatedScope(): string | null;
  close(): void;
}

/** A raw WebSocket on the sync path with the Bearer secret (or other headers: a team session's cookie), speaking Hocuspocus by hand. */
export async function openRawSync(url: string, secret: string | null, headers: Record<string, string> = {}): Promise<RawSync> {
  const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/sync?v=1`, { headers: { ...(secret ? { authorization: `Bearer ${secret}` } : {}), ...headers } });
  const received: Uint8Array[] = [];
  socket.on('message', (data: Buffer) => received.push(new Uint8Array(data)));
  const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return {
    socket,
    received,
    closed,
    send: (data) => socket.send(data),
    acknowledged: () =>
      received.some((m) => {
        const decoder = decoding.createDecoder(m);
        decoding.readVarString(decoder);
        return decoding.readVarUint(decoder) === SYNC_STATUS;
      }),
    authenticatedScope() {
      for (const m of received) {
        const decoder = decoding.createDecoder(m);
        decoding.readVarString(decoder);
        if (decoding.readVarUint(decoder) === AUTH && decoding.readVarUint(decoder) === AUTHENTICATED) return decoding.readVarString(decoder);
      }
      return null;
    },
    close: () => socket.terminate(),
  };
}
