/**
 * Stated limits of the sync socket; a client that exceeds one is closed with the code named
 * beside it (shared/rpc/closeCodes.ts).
 *
 * - `messageBytes` (CLOSE.messageTooLarge): a client's largest legitimate message is a full sync
 *   step 2 of a document the server has lost. The largest document we size for, a 40,000-word
 *   report (1,227 blocks), is 0.33 MB of Yjs state fresh and 4.1 MB after every block was
 *   rewritten twelve times (measured; deleted content is kept, gc off). 16 MB is four times that,
 *   and a quarter of the 64 MB the socket accepted before.
 * - `documentNameBytes` (CLOSE.documentNameTooLong): `<workspace id>/<document id>` is at most
 *   80 letters (up to 4 bytes each) + 1 + 36, plus a provider's session suffix: under 400 bytes.
 * - `awarenessStateBytes`, `awarenessClientsPerConnection`, `awarenessConnectionBytes`,
 *   `awarenessTotalBytes` (CLOSE.awarenessTooLarge): our editor's state is a user name and colour
 *   and a cursor (two relative positions), about 300 bytes of JSON, one client id per editor.
 *   4 KB a client; one connection sets at most 4 client ids and 8 KB (so one socket can no longer
 *   take a document's whole room); 256 KB for all clients of one document (64 full states, 32
 *   full connections).
 * - `heldUpdates`, `heldBytes`, `heldMs` (CLOSE.missingDependencies): updates that need changes
 *   the server does not have yet, kept unacknowledged until those are stored (an editor's typing
 *   in the moment between a reconnect and its step 2: a few keystrokes, within a round trip).
 * - `waitingBytes` (no close: the socket is paused until half is handled): what one socket may
 *   have received and not yet handled. One largest message; an editor's own backlog is a few
 *   keystrokes, or one step 2 after a reconnect.
 * - `messageBurst`, `messagesPerSecond` (CLOSE.messageFlood): a token bucket per socket. An
 *   editor sends an update and an awareness change per keystroke (a held key: about 60 a
 *   second), a handful at each (re)connection, one per document it opens; the load tests type
 *   every 5 ms on one socket (400 a second with awareness). 2,000 at once and 500 a second
 *   sustained stay clear of all of them and stop a loop sending tiny messages within a second.
 * - `authMs` (CLOSE.authTimeout): a provider authenticates its first document in its first
 *   message, as soon as the socket opens; a socket that has authenticated none after 10 s holds
 *   a connection for nothing.
 */
export const SYNC_LIMITS = {
  messageBytes: 16 * 1024 * 1024,
  documentNameBytes: 512,
  awarenessStateBytes: 4 * 1024,
  awarenessClientsPerConnection: 4,
  awarenessConnectionBytes: 8 * 1024,
  awarenessTotalBytes: 256 * 1024,
  heldUpdates: 100,
  heldBytes: 1024 * 1024,
  heldMs: 5000,
  waitingBytes: 16 * 1024 * 1024,
  messageBurst: 2000,
  messagesPerSecond: 500,
  authMs: 10_000,
} as const;
