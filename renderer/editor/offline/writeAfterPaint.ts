import type { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { afterPaint } from '../afterPaint.ts';

/** The longest a change waits for its row when no frame comes (a hidden page draws none). */
const FALLBACK_MS = 100;

/**
 * Moves y-indexeddb's row writes off the keystroke: it opens an IndexedDB transaction for every
 * update inside the Y.Doc's update event, that is inside the keystroke, before the frame that
 * shows the letter (about 1 ms each in a 1,200-block report, the most of any listener). Here
 * updates are collected and written by y-indexeddb's own writer (its row count and trimming)
 * as one merged row in a task after the next frame, or after FALLBACK_MS without frames. A write
 * is asynchronous in IndexedDB anyway, so a change was never on disk at the keystroke itself;
 * what is pending is written at once on `pagehide` (leaving or closing the page), and by
 * `flush()`, which the store calls before merging its rows and before closing.
 */
export function writeAfterPaint(persistence: IndexeddbPersistence, ydoc: Y.Doc): { flush(): void; drop(): void; stop(): void } {
  let pending: Uint8Array[] = [];
  const flush = () => {
    writing.cancel();
    if (pending.length === 0) return;
    const rows = pending;
    pending = [];
    // Its own writer: skipped (as before) while the database is not open yet, whose opening stores the whole Y.Doc.
    persistence._storeUpdate(rows.length === 1 ? rows[0] : Y.mergeUpdates(rows), null);
  };
  const writing = afterPaint(flush, FALLBACK_MS);
  const collect = (update: Uint8Array, origin: unknown) => {
    if (origin === persistence) return; // what the store itself read back
    pending.push(update);
    writing.schedule();
  };
  ydoc.off('update', persistence._storeUpdate);
  ydoc.on('update', collect);
  window.addEventListener('pagehide', flush);
  return {
    flush,
    drop() {
      pending = [];
    },
    stop() {
      flush();
      ydoc.off('update', collect);
      window.removeEventListener('pagehide', flush);
    },
  };
}
