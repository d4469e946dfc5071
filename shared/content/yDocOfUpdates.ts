import * as Y from 'yjs';
import { SERVICE_ORIGIN } from '../editor/origins.ts';

/**
 * A Y.Doc made of stored updates, as stored (a worker gets them as bytes). Its content may still
 * need repair: read it with proseMirrorDocOf, which repairs in memory.
 */
export function yDocOfUpdates(updates: readonly Uint8Array[]): Y.Doc {
  const ydoc = new Y.Doc({ gc: false });
  ydoc.transact(() => {
    for (const update of updates) Y.applyUpdate(ydoc, update);
  }, SERVICE_ORIGIN);
  return ydoc;
}
