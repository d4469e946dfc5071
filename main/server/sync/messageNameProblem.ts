import * as decoding from 'lib0/decoding';
import { CLOSE, type CloseSpec } from '../../../shared/rpc/closeCodes.ts';
import { parseSyncDocumentName } from '../../../shared/rpc/protocol.ts';
import { SYNC_LIMITS } from '../../../shared/rpc/syncLimits.ts';

/**
 * Why the document name a sync message starts with is refused, or null when it is a well-formed
 * `<workspace id>/<document id>` (optionally with a provider's "\0<session>" suffix). Every
 * message names its document, so this runs on each one before Hocuspocus reads it; a name that
 * is too long is refused from its length alone, before it is decoded. One-byte messages are the
 * socket-level ping and pong, which carry no name.
 */
export function messageNameProblem(message: Uint8Array): CloseSpec | null {
  if (message.length <= 1) return null;
  try {
    const decoder = decoding.createDecoder(message);
    const length = decoding.peekVarUint(decoder);
    if (length > SYNC_LIMITS.documentNameBytes) return CLOSE.documentNameTooLong;
    const key = decoding.readVarString(decoder);
    const [name, session, ...rest] = key.split('\u0000');
    if (rest.length > 0 || (session !== undefined && !/^[A-Za-z0-9]{1,64}$/.test(session))) return CLOSE.documentNameInvalid;
    return parseSyncDocumentName(name) ? null : CLOSE.documentNameInvalid;
  } catch {
    return CLOSE.documentNameInvalid;
  }
}
