import { createHash } from 'node:crypto';
import type { Node } from 'prosemirror-model';
import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../../../shared/document/contentFragment.ts';
import { type ContentRepair, describeRepairs } from '../../../shared/content/contentRepair.ts';
import { NUMBERING_KEY, SETTINGS_MAP } from '../../../shared/document/documentSettings.ts';
import { repairedDoc } from '../../../shared/content/repairedDoc.ts';
import { numberingRepair } from '../../../shared/content/repairNumbering.ts';
import { jsonSafe, yContentJson } from '../../../shared/content/yContentJson.ts';
import { REPAIR_ORIGIN } from '../../../shared/editor/origins.ts';
import { asStorageError } from '../../storage/storageFault.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { replaceContent } from '../../../shared/drafts/replaceContent.ts';

/**
 * What a caller does with the working copy it loads, which decides what happens to a repair that
 * cannot be stored (the file is locked, full or read-only):
 * - `write`: it will write to the document, or serve it to editors who will. Its writes would
 *   build on the repair's Yjs items, and a repair made again later from a different stored state
 *   is made of other items: what was written on it would wait for ever for items that never
 *   come. So the repair must be stored first; when it cannot be, the load throws the storage
 *   error (`storage_locked`, `disk_full`…) and the caller writes nothing.
 * - `read`: it only reads (the working copy view, comparison, the CLI on a read-only file). The
 *   repair is stored when it can be (not on a read-only store) and else applied in memory only.
 */
export type RepairUse = 'write' | 'read';

/** What a loaded working copy needs repaired; `update` is null when its content is valid. */
export interface PlannedRepair {
  repairs: ContentRepair[];
  /** The content as a ProseMirror document (null for an empty fragment), valid. */
  doc: Node | null;
  /** The repair as one Yjs update on the loaded state, or null when nothing needs repair. */
  update: Uint8Array | null;
  /** The content and numbering setting as stored, kept in the repair record. */
  original: { content: unknown[]; numbering: unknown };
}

/**
 * Repairs a just-loaded working copy whose stored content the schema does not allow (see
 * shared/content/repairContent.ts); returns what it changed (nothing when the content is valid)
 * and the content as a ProseMirror document (null for an empty fragment). The repair is stored
 * (storeRepair) and then applied to `ydoc`: the next load finds valid content and repairs
 * nothing. A repair that cannot be stored is handled as `use` says (see RepairUse).
 */
export function repairWorkingCopy(store: WorkspaceStore, documentId: string, ydoc: Y.Doc, use: RepairUse): { repairs: ContentRepair[]; doc: Node | null } {
  const plan = planRepair(ydoc);
  if (!plan.update) return plan;
  if (use === 'write') {
    try {
      storeRepair(store, documentId, plan);
    } catch (error) {
      throw asStorageError(error);
    }
  } else if (!store.readOnly) {
    try {
      storeRepair(store, documentId, plan);
    } catch {
      // Not stored: this reader still gets the repaired content; a later load stores it.
    }
  }
  Y.applyUpdate(ydoc, plan.update, REPAIR_ORIGIN);
  return plan;
}

/**
 * The repair `ydoc` needs, without changing it or storing anything. The update is a pure function
 * of the loaded state: it is made in a scratch Y.Doc whose client id is derived from the state
 * vector, so two processes repairing the same state at once write the same Yjs items, which merge
 * into one, instead of two copies of the repaired blocks.
 */
export function planRepair(ydoc: Y.Doc): PlannedRepair {
  const raw = yContentJson(ydoc.getXmlFragment(CONTENT_FRAGMENT));
  const numbering = jsonSafe(ydoc.getMap(SETTINGS_MAP).get(NUMBERING_KEY));
  const content = raw.length > 0 ? repairedDoc(raw) : { doc: null, repairs: [] };
  const numberingFix = numberingRepair(numbering);
  const repairs = numberingFix ? [...content.repairs, numberingFix] : content.repairs;
  const original = { content: raw, numbering: numbering ?? null };
  if (repairs.length === 0) return { repairs, doc: content.doc, update: null, original };
  const update = repairUpdate(ydoc, (scratch) => {
    if (content.doc && content.repairs.length > 0) replaceContent(scratch, content.doc);
    if (numberingFix) scratch.getMap(SETTINGS_MAP).delete(NUMBERING_KEY);
  });
  return { repairs, doc: content.doc, update, original };
}

/**
 * Stores a planned repair in one transaction: the update, the repair record (the content as it
 * was, and what changed) and its audit entry. Throws what SQLite threw; nothing is stored then.
 */
export function storeRepair(store: WorkspaceStore, documentId: string, plan: PlannedRepair): void {
  if (!plan.update) return;
  const update = plan.update;
  store.transaction(() => {
    store.updates.append(documentId, update);
    const record = store.repairs.insert(documentId, plan.repairs, plan.original);
    store.audit.record('system', 'document.repair', documentId, { repairId: record.id, count: plan.repairs.length, repairs: describeRepairs(plan.repairs) });
  });
}

/** The update `change` makes to a copy of `ydoc` written by a client id derived from its state. */
function repairUpdate(ydoc: Y.Doc, change: (scratch: Y.Doc) => void): Uint8Array {
  const stateVector = Y.encodeStateVector(ydoc);
  const scratch = new Y.Doc({ gc: false });
  scratch.clientID = repairClientId(stateVector, Y.decodeStateVector(stateVector));
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(ydoc), REPAIR_ORIGIN);
  scratch.transact(() => change(scratch), REPAIR_ORIGIN);
  const update = Y.encodeStateAsUpdate(scratch, stateVector);
  scratch.destroy();
  return update;
}

function repairClientId(stateVector: Uint8Array, clients: Map<number, number>): number {
  for (let attempt = 0; ; attempt++) {
    const id = createHash('sha256').update(stateVector).update(`repair#${attempt}`).digest().readUInt32BE(0);
    if (!clients.has(id)) return id;
  }
}
