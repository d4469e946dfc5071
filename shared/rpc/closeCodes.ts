/**
 * Why the workspace server closed a sync socket. Defined once here, read by the server (which
 * closes with `code` and a reason that starts with `name`) and by the renderer (which turns the
 * code into a sentence and decides whether to retry, back off, reload or stop). Codes are in the
 * WebSocket application range, clear of Hocuspocus' own (4205 reset, 4401, 4403, 4408), except
 * `messageTooLarge`, which is the standard 1009 that the socket layer sends by itself.
 */
export const CLOSE = {
  /** An update the ProseMirror schema (or the settings' shape) does not allow; never stored or broadcast. */
  invalidContent: { code: 4400, name: 'invalid_content' },
  /** The name is well formed but names no document of the server's workspaces (or a deleted one). */
  documentNotFound: { code: 4404, name: 'document_not_found' },
  /** A message larger than SYNC_LIMITS.messageBytes (closed by the socket layer before it is read). */
  messageTooLarge: { code: 1009, name: 'message_too_large' },
  /** A document name longer than SYNC_LIMITS.documentNameBytes. */
  documentNameTooLong: { code: 4414, name: 'document_name_too_long' },
  /** A document name that is not `<workspace id>/<document id>` by the RPC rules (`../`, `/`, NUL…). */
  documentNameInvalid: { code: 4422, name: 'document_name_invalid' },
  /** A renderer older than the server's PROTOCOL_VERSION. */
  protocolTooOld: { code: 4426, name: 'protocol_too_old' },
  /**
   * Updates that depend on changes the server does not have (items or deletions of clocks it
   * has not seen), and whose dependencies did not come: more of them than SYNC_LIMITS.held*
   * allows, kept longer than heldMs, or partly applicable. None was stored, acknowledged or
   * broadcast. Not a refusal of the content: the editor does nothing special and the provider
   * reconnects, and its sync step 2 then carries everything its Y.Doc holds, dependencies
   * included (unlike invalidContent, after which the editor reopens the document and drops
   * what it had not sent).
   */
  missingDependencies: { code: 4428, name: 'missing_dependencies' },
  /**
   * A message that is not one of the Hocuspocus protocol's as a provider writes it: cut off
   * (a length that runs past the end), bytes left over after it, an unknown message type, a
   * one-byte frame other than a pong. Nothing of it reaches Hocuspocus. (A well-framed sync
   * update whose Yjs bytes cannot be read is `invalidContent`.)
   */
  malformedMessage: { code: 4415, name: 'malformed_message' },
  /** More messages than SYNC_LIMITS.messageBurst at once, or more than messagesPerSecond sustained, on one socket. */
  messageFlood: { code: 4429, name: 'message_flood' },
  /** A socket that authenticated no document within SYNC_LIMITS.authMs of opening (Hocuspocus' own 4408 would wait longer). */
  authTimeout: { code: 4419, name: 'auth_timeout' },
  /** An awareness state over SYNC_LIMITS.awarenessStateBytes, or a document's total over awarenessTotalBytes. */
  awarenessTooLarge: { code: 4431, name: 'awareness_too_large' },
  /**
   * Team server: the person's roles changed (or one was taken away) while the socket was open.
   * Nothing is lost: the client reconnects at once and gets the new rights (read-only or not).
   */
  rightsChanged: { code: 4410, name: 'rights_changed' },
  /** Team server: the session ended (logout, the account disabled or its password reset). The client signs in again. */
  sessionEnded: { code: 4411, name: 'session_ended' },
  /** Team server: the person holds no role in this document's workspace. */
  noAccess: { code: 4413, name: 'no_access' },
  /** The update could not be committed for another reason (I/O error, file cannot be opened). */
  storageFailed: { code: 4500, name: 'storage_failed' },
  /** Another program holds the workspace file's write lock. */
  storageLocked: { code: 4501, name: 'storage_locked' },
  /** The disk (or the file's size limit) is full. */
  diskFull: { code: 4502, name: 'disk_full' },
  /** The workspace file or its folder cannot be written. */
  storageReadonly: { code: 4503, name: 'storage_readonly' },
} as const;

export type CloseKind = keyof typeof CLOSE;
export interface CloseSpec {
  readonly code: number;
  readonly name: string;
}

/** The storage faults: the update was not stored, the client keeps it and sends it again. */
export const STORAGE_CLOSE_KINDS = ['storageFailed', 'storageLocked', 'diskFull', 'storageReadonly'] as const;
export type StorageCloseKind = (typeof STORAGE_CLOSE_KINDS)[number];

/** The kind a close code stands for, or undefined for codes not defined here (1000, 1006, Hocuspocus'…). */
export function closeKindOf(code: number): CloseKind | undefined {
  return (Object.keys(CLOSE) as CloseKind[]).find((kind) => CLOSE[kind].code === code);
}

export function isStorageClose(kind: CloseKind | undefined): kind is StorageCloseKind {
  return (STORAGE_CLOSE_KINDS as readonly string[]).includes(kind ?? '');
}

/**
 * The reason sent with a close: the kind's name, then an optional detail, cut to the 123 bytes
 * a WebSocket close frame allows (whole characters only).
 */
export function closeReason(spec: CloseSpec, detail?: string): string {
  const full = detail ? `${spec.name}: ${detail}` : spec.name;
  let out = '';
  let bytes = 0;
  for (const ch of full) {
    const point = ch.codePointAt(0)!;
    const size = point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
    if (bytes + size > 123) break;
    out += ch;
    bytes += size;
  }
  return out;
}
