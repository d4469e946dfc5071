import { numberingSchemeOf } from '../../../shared/numbering/numberingSchemeOf.ts';
import type { WorkingCopy } from '../../../shared/content/workingCopyOf.ts';
import { numberingJsonOf } from '../../../shared/content/numberingJsonOf.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import type { RepairUse } from '../repairs/repairWorkingCopy.ts';
import { loadRepairedYDoc } from './documentContent.ts';

/** Loads the working copy, for a caller that will `write` after it or only `read` (see RepairUse); the caller destroys `ydoc`. */
export function readWorkingCopy(store: WorkspaceStore, documentId: string, use: RepairUse): WorkingCopy {
  store.documents.get(documentId); // not_found for unknown or deleted documents
  const { ydoc, repairs, doc } = loadRepairedYDoc(store, documentId, use);
  return { ydoc, doc, scheme: numberingSchemeOf(ydoc), schemeJson: numberingJsonOf(ydoc), repairs };
}
