import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../../../shared/document/contentFragment.ts';
import { SETTINGS_MAP } from '../../../shared/document/documentSettings.ts';
import { transactionProblem } from '../../../shared/content/transactionProblem.ts';
import { USERS_MAP } from '../../../shared/content/usersProblem.ts';

/** An update the document's schema does not allow; `message` says what it added. */
export class ContentRefused extends Error {
  override readonly name = 'ContentRefused';
}

/**
 * An update that needs changes the document does not have: Yjs would keep what it cannot
 * integrate as pending (never stored as content, merged again at every later update, sent to
 * every editor that joins), so it is not taken at all. `partial` when some of it could be
 * integrated (the mirror was rebuilt); otherwise the mirror was left as it was, at no cost.
 */
export class MissingDependencies extends Error {
  override readonly name = 'MissingDependencies';
  readonly partial: boolean;

  constructor(message: string, partial: boolean) {
    super(message);
    this.partial = partial;
  }
}

/**
 * A copy of a live document that every change is tried on first. Trying an update tells what it
 * adds (the part to store, empty when the document has it all) and whether the schema allows
 * that; only then does the live document get it. What stays true: the mirror holds everything
 * the live document holds (each live update is followed), plus at most the one change being
 * tried; after a refused or failed change it is rebuilt from the live document. It never holds
 * pending structs or deletions (what Yjs keeps of an update it cannot integrate yet): an update
 * that would leave some is refused (MissingDependencies).
 */
export class ContentMirror {
  private readonly live: Y.Doc;
  private doc: Y.Doc;

  constructor(live: Y.Doc) {
    this.live = live;
    this.doc = this.copyOfLive();
  }

  /**
   * Applies a client's update. Returns what it added (null when nothing), or throws
   * ContentRefused or MissingDependencies, after which the mirror is as the live document is.
   */
  tryUpdate(update: Uint8Array): Uint8Array | null {
    return this.capture(() => Y.applyUpdate(this.doc, update, this), true);
  }

  /** For each update, whether the mirror holds all of it (its items and its deletions). */
  containsAll(updates: readonly Uint8Array[]): boolean[] {
    const snapshot = Y.snapshot(this.doc);
    return updates.map((update) => Y.snapshotContainsUpdate(snapshot, update));
  }

  /**
   * Runs a server-side edit on the mirror and returns the update it made (null when it changed
   * nothing). Server code is trusted: its content is not judged here. A change that throws
   * leaves the mirror rebuilt and the error thrown.
   */
  tryChange(change: (ydoc: Y.Doc) => void, origin: unknown): Uint8Array | null {
    return this.capture(() => this.doc.transact(() => change(this.doc), origin), false);
  }

  /** Takes an update the live document has applied (idempotent for what the mirror has). */
  follow(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, this);
  }

  /** Drops what was tried and not taken: the mirror becomes a copy of the live document again. */
  reset(): void {
    this.doc.destroy();
    this.doc = this.copyOfLive();
  }

  destroy(): void {
    this.doc.destroy();
  }

  private capture(run: () => void, judge: boolean): Uint8Array | null {
    const added: Uint8Array[] = [];
    let problem: string | null = null;
    // Judged in afterTransaction, before Yjs merges the new items into their neighbours.
    const onTransaction = (tr: Y.Transaction) => {
      if (judge) problem ??= transactionProblem(tr);
    };
    const onUpdate = (update: Uint8Array) => added.push(update);
    this.doc.on('afterTransaction', onTransaction);
    this.doc.on('update', onUpdate);
    try {
      run();
    } catch (error) {
      this.reset();
      if (!judge) throw error;
      problem = `bản cập nhật không đọc được (${String((error as Error)?.message ?? error).slice(0, 60)})`;
    } finally {
      this.doc.off('afterTransaction', onTransaction);
      this.doc.off('update', onUpdate);
    }
    if (problem !== null) {
      this.reset();
      throw new ContentRefused(problem);
    }
    const missing = judge ? pendingOf(this.doc) : null;
    if (missing !== null) {
      // Nothing integrated: dropping the pending data leaves the mirror exactly as it was.
      if (added.length === 0) this.dropPending();
      else this.reset();
      throw new MissingDependencies(missing, added.length > 0);
    }
    if (added.length === 0) return null;
    return added.length === 1 ? added[0] : Y.mergeUpdates(added);
  }

  private copyOfLive(): Y.Doc {
    const doc = new Y.Doc({ gc: false });
    // The roots the schema knows, typed before any update names them.
    doc.getXmlFragment(CONTENT_FRAGMENT);
    doc.getMap(SETTINGS_MAP);
    doc.getMap(USERS_MAP);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(this.live), this);
    // The live document holds no pending data (dropped on load); this keeps it so regardless.
    doc.store.pendingStructs = null;
    doc.store.pendingDs = null;
    return doc;
  }

  private dropPending(): void {
    this.doc.store.pendingStructs = null;
    this.doc.store.pendingDs = null;
  }
}

/** What a document holds but cannot integrate, in words (for the close reason), or null. */
function pendingOf(doc: Y.Doc): string | null {
  const { pendingStructs, pendingDs } = doc.store;
  if (pendingStructs) {
    const [client, clock] = [...pendingStructs.missing][0] ?? [0, 0];
    return `needs client ${client} from clock ${clock}`;
  }
  return pendingDs ? 'deletes what the document does not have' : null;
}
