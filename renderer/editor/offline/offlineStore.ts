import { IndexeddbPersistence, storeState } from 'y-indexeddb';
import type * as Y from 'yjs';
import { writeAfterPaint } from './writeAfterPaint.ts';

/** How long the server must have had everything before the local copy is merged into one row. */
const COMPACT_DELAY_MS = 1000;

/**
 * A document's Y.Doc kept in IndexedDB (y-indexeddb), so changes the server has not yet received
 * survive closing the page or the app while offline; they are merged into the Y.Doc when the page
 * opens again and go out with the next sync. y-indexeddb appends every update as a row (those of
 * one frame merged into one, after it is drawn: writeAfterPaint) and a whole
 * copy at each opening; `saved()` merges them into one row once the server holds everything, so
 * the store stays about the size of the document however often the page is reloaded.
 * `discard()` deletes it (a read-only connection keeps nothing: the server would refuse it).
 */
export interface OfflineStore {
  /** Resolves once what was kept has been merged into the Y.Doc (or the store could not open). */
  readonly ready: Promise<void>;
  /** Whether the last opening brought changes into the Y.Doc that it did not yet hold. */
  loadedChanges(): boolean;
  /** Whether changes are being kept on disk (false when IndexedDB is unavailable or discarded). */
  keeping(): boolean;
  saved(): void;
  discard(): Promise<void>;
  destroy(): void;
}

export function openOfflineStore(name: string, ydoc: Y.Doc): OfflineStore {
  let persistence: IndexeddbPersistence | null = null;
  let failed = false;
  let loaded = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writes: ReturnType<typeof writeAfterPaint> | null = null;
  try {
    persistence = new IndexeddbPersistence(name, ydoc);
    writes = writeAfterPaint(persistence, ydoc);
  } catch {
    failed = true; // no IndexedDB (private mode of some browsers): edits live in the page only
  }
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === persistence) loaded = true;
  };
  ydoc.on('update', onUpdate);
  const opened = persistence ? (persistence as unknown as { _db: Promise<unknown> })._db : Promise.resolve();
  const ready = Promise.race([persistence ? persistence.whenSynced.then(() => undefined) : Promise.resolve(), opened.then(() => new Promise<void>(() => {})).catch(() => void (failed = true))]);
  const rows = () => (persistence as unknown as { _dbsize: number } | null)?._dbsize ?? 0;
  return {
    ready,
    loadedChanges: () => loaded,
    keeping: () => persistence !== null && !failed,
    saved() {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const held = persistence;
        if (!held || failed) return;
        writes?.flush();
        // After the opening's own rows are read; only when there is something to merge (storeState reads and reapplies every row).
        void held.whenSynced.then(() => (persistence === held && rows() > 1 ? storeState(held, true) : undefined)).catch(() => undefined);
      }, COMPACT_DELAY_MS);
    },
    async discard() {
      clearTimeout(timer);
      const held = persistence;
      persistence = null;
      writes?.drop();
      writes?.stop();
      if (held) await held.clearData().catch(() => undefined);
    },
    destroy() {
      clearTimeout(timer);
      ydoc.off('update', onUpdate);
      writes?.stop();
      void persistence?.destroy().catch(() => undefined);
    },
  };
}
