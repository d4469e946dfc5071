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
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { replaceContent } from '../../../shared/drafts/replaceContent.ts';


/**
 * Repairs a just-loaded working copy whose stored content the schema does not allow (see
 * shared/content/repairContent.ts); returns what it changed (nothing when the content is valid)
 * and the content as a ProseMirror document (null for an empty fragment).
 * The repair is one Yjs update with its own origin, stored in the same transaction as the repair
 * record (the content as it was, and what changed) and its audit entry, then applied to `ydoc`:
 * the next load finds valid content and repairs nothing. When the file cannot be written (read
 * only, locked, full) the repair is applied in memory only, so reading still works; a later load
 * repairs and stores it.
 *
 * The update is a pure function of the stored state: it is made in a scratch Y.Doc whose client
 * id is derived from the state vector, so two processes repairing the same state at once write the
 * same Yjs items, which merge into one, instead of two copies of the repaired blocks.
 */
export function repairWorkingCopy(store: WorkspaceStore, documentId: string, ydoc: Y.Doc): { repairs: ContentRepair[]; doc: Node | null } {
  const raw = yContentJson(ydoc.getXmlFragment(CONTENT_FRAGMENT));
  const numbering = jsonSafe(ydoc.getMap(SETTINGS_MAP).get(NUMBERING_KEY));
  const content = raw.length > 0 ? repairedDoc(raw) : { doc: null, repairs: [] };
  const numberingFix = numberingRepair(numbering);
  const repairs = numberingFix ? [...content.repairs, numberingFix] : content.repairs;
  if (repairs.length === 0) return { repairs, doc: content.doc };
  const update = repairUpdate(ydoc, (scratch) => {
    if (content.doc && content.repairs.length > 0) replaceContent(scratch, content.doc);
    if (numberingFix) scratch.getMap(SETTINGS_MAP).delete(NUMBERING_KEY);
  });
  try {
    store.transaction(() => {
      store.updates.append(documentId, update);
      const record = store.repairs.insert(documentId, repairs, { content: raw, numbering: numbering ?? null });
      store.audit.record('system', 'document.repair', documentId, { repairId: record.id, count: repairs.length, repairs: describeRepairs(repairs) });
    });
  } catch {
    // Not stored: the reader still gets the repaired content; the next load that can write stores it.
  }
  Y.applyUpdate(ydoc, update, REPAIR_ORIGIN);
  return { repairs, doc: content.doc };
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
