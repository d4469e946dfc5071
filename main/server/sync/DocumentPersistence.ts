import * as Y from 'yjs';
import { log } from '../../log/logger.ts';
import { CLOSE, type CloseSpec } from '../../../shared/rpc/closeCodes.ts';
import { asStorageError, storageFaultOf } from '../../storage/storageFault.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { ContentMirror, ContentRefused } from './ContentMirror.ts';
import { retryWhileLocked, type LockRetry } from './retryWhileLocked.ts';
import { SyncRefusal } from './SyncRefusal.ts';
import { STORAGE_CLOSE } from './syncContext.ts';

const TOUCH_EVERY_MS = 5000;

export interface PersistenceOptions {
  compactEvery: number;
  lockRetry: LockRetry;
  /** Called when an update already live could not be stored: the document must be reset. */
  onUnstored(fault: CloseSpec): void;
}

/**
 * Stores one loaded document's updates, each committed before anyone else sees it:
 * - a client's update (`receive`, from Hocuspocus' beforeSync) is tried on the content mirror,
 *   and what it adds is committed; only then does Hocuspocus apply, acknowledge and broadcast it;
 * - a server-side edit (`transact`) is made on the mirror, committed, then applied live.
 * A refused or failed change leaves the live document, the log and every other client as they
 * were. Changes are tried one at a time per document: a write waiting on a lock holds up this
 * document only, on timers, never the event loop.
 *
 * The clients' updates tried in one event-loop turn are committed together, in one transaction
 * at the end of the turn (after the poll phase that read them from their sockets): one commit
 * instead of one per update, which was the largest part of the server's work per edit with many
 * people typing at once. None of them is acknowledged before that commit; if it fails, all of
 * them are refused (each client keeps its change and sends it again), and nothing is tried
 * meanwhile, so a later update never builds on one that was not stored.
 */
export class DocumentPersistence {
  private readonly store: WorkspaceStore;
  private readonly documentId: string;
  private readonly live: Y.Doc;
  private readonly options: PersistenceOptions;
  private mirror: ContentMirror | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  /** Clients' updates tried on the mirror and not yet committed: committed together at the end of the turn. */
  private batch: Batch | null = null;
  /** True while a change that was committed first is being applied to the live document. */
  private applyingStored = false;
  private sinceCompaction: number;
  private touchedAt = 0;

  constructor(store: WorkspaceStore, documentId: string, live: Y.Doc, storedRows: number, options: PersistenceOptions) {
    this.store = store;
    this.documentId = documentId;
    this.live = live;
    this.options = options;
    this.sinceCompaction = storedRows;
    live.on('update', this.onLiveUpdate);
  }

  /**
   * Commits what a client's update adds; resolves once it is on disk (or when it adds nothing:
   * the document has all of it). Rejects with a SyncRefusal (invalid content, or the storage
   * fault that stopped the write), or with MissingDependencies for an update that needs changes
   * the document lacks: nothing of it is stored, it must not be acknowledged.
   */
  receive(update: Uint8Array): Promise<void> {
    const tried = this.serialized(async () => {
      let added: Uint8Array | null;
      try {
        added = this.mirrorOf().tryUpdate(update);
      } catch (error) {
        this.restoreBatch();
        if (error instanceof ContentRefused) throw new SyncRefusal(CLOSE.invalidContent, error.message);
        throw error; // MissingDependencies among them: the caller decides (see HeldUpdates)
      }
      // Wrapped: the queue goes on to the next update without waiting for this commit.
      return added ? { committed: this.joinBatch(added) } : null;
    });
    return tried.then((joined) => joined?.committed);
  }

  /**
   * A server-side edit: made on the mirror, committed, then applied to the live document with
   * `origin`, so editors receive it. A storage fault rejects with its AppError and changes nothing.
   */
  transact(origin: unknown, change: (ydoc: Y.Doc) => void): Promise<void> {
    return this.serialized(async () => {
      await this.commitBatch(); // the edit is made on top of what clients sent before it
      const added = this.mirrorOf().tryChange(change, origin);
      if (!added) return;
      try {
        await this.commit([added]);
      } catch (error) {
        this.mirrorOf().reset();
        throw asStorageError(error);
      }
      this.applyingStored = true;
      try {
        Y.applyUpdate(this.live, added, origin);
      } finally {
        this.applyingStored = false;
      }
    });
  }

  /** For each update, whether the document holds all of it, stored (checked between changes). */
  containsAll(updates: readonly Uint8Array[]): Promise<boolean[]> {
    return this.serialized(async () => {
      await this.commitBatch(); // "stored": what the mirror holds and is not yet committed does not count
      return this.mirrorOf().containsAll(updates);
    });
  }

  /** Stops listening and frees the mirror (the document is being unloaded). */
  destroy(): void {
    this.live.off('update', this.onLiveUpdate);
    this.mirror?.destroy();
    this.mirror = null;
  }

  private mirrorOf(): ContentMirror {
    // Made on first use, so it copies whatever loading (and any repair on load) left.
    this.mirror ??= new ContentMirror(this.live);
    return this.mirror;
  }

  private serialized<T>(run: () => Promise<T>): Promise<T> {
    const result = this.queue.then(run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private joinBatch(update: Uint8Array): Promise<void> {
    if (!this.batch) {
      this.batch = new Batch();
      // In the check phase, after the poll phase: every update read from the sockets in this turn has joined.
      setImmediate(() => void this.serialized(() => this.commitBatch()));
    }
    this.batch.updates.push(update);
    return this.batch.committed;
  }

  /**
   * A refused update may have rebuilt the mirror from the live document, which does not have the
   * batch's updates yet (they are applied once committed): they go back on it, so what is tried
   * next is judged on everything it may build on. (Applying what the mirror has changes nothing.)
   */
  private restoreBatch(): void {
    for (const update of this.batch?.updates ?? []) this.mirrorOf().follow(update);
  }

  /**
   * Commits the updates tried since the last commit, in one transaction. Runs in the queue, so
   * nothing is tried while it waits on a lock; a failure resets the mirror (which holds all of
   * them) and refuses every one. Never rejects: its updates' `receive` calls get the refusal.
   */
  private async commitBatch(): Promise<void> {
    const batch = this.batch;
    if (!batch) return;
    this.batch = null;
    try {
      await this.commit(batch.updates);
    } catch (error) {
      this.mirrorOf().reset();
      const fault = storageFaultOf(error);
      if (!fault) log.error('sync', `${batch.updates.length} update(s) of ${this.documentId} could not be stored:`, error);
      return batch.refuse(new SyncRefusal(STORAGE_CLOSE[fault ?? 'storage_failed']));
    }
    batch.accept();
  }

  private async commit(updates: Uint8Array[]): Promise<void> {
    await retryWhileLocked(() => this.store.updates.appendAll(this.documentId, updates), this.options.lockRetry);
    this.afterAppend(updates.length);
  }

  /** "Last changed" and compaction: worth doing, not worth failing an edit for. */
  private afterAppend(rows: number): void {
    try {
      if (Date.now() - this.touchedAt > TOUCH_EVERY_MS) {
        this.store.documents.touch(this.documentId);
        this.touchedAt = Date.now();
      }
      this.sinceCompaction += rows;
      if (this.sinceCompaction >= this.options.compactEvery) {
        this.store.updates.compact(this.documentId);
        this.sinceCompaction = 1;
      }
    } catch (error) {
      if (!storageFaultOf(error)) throw error;
    }
  }

  /**
   * Every live update reaches the mirror. A client's update was stored in `receive`, a server
   * edit in `transact`; any other (code that writes to the live document directly) is stored
   * here, after the fact: if that fails, the document is reset so that nothing unstored stays.
   */
  private readonly onLiveUpdate = (update: Uint8Array, origin: unknown) => {
    try {
      this.mirror?.follow(update);
    } catch (error) {
      // Never throw inside the live document's event; a new mirror is copied when next needed.
      log.error('sync', `the content mirror of ${this.documentId} could not follow an update; it is made again`, error);
      this.mirror?.destroy();
      this.mirror = null;
    }
    if (this.applyingStored || isConnectionOrigin(origin)) return;
    try {
      this.store.updates.append(this.documentId, update);
      this.afterAppend(1);
    } catch (error) {
      const fault = storageFaultOf(error) ?? 'storage_failed';
      log.error('sync', `an update of ${this.documentId} could not be stored (${fault}); the document is reset`);
      this.options.onUnstored(STORAGE_CLOSE[fault]);
    }
  };
}

/** Updates waiting for one commit, and the promise their `receive` calls wait on. */
class Batch {
  readonly updates: Uint8Array[] = [];
  readonly committed: Promise<void>;
  accept!: () => void;
  refuse!: (refusal: SyncRefusal) => void;

  constructor() {
    this.committed = new Promise<void>((resolve, reject) => {
      this.accept = resolve;
      this.refuse = reject;
    });
    this.committed.catch(() => undefined); // each receive gets the refusal; this copy is not left unhandled
  }
}

/** Hocuspocus' origin of an update that came from a client connection. */
function isConnectionOrigin(origin: unknown): boolean {
  return typeof origin === 'object' && origin !== null && (origin as { source?: unknown }).source === 'connection';
}
