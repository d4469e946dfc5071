import { Node } from 'prosemirror-model';
import { prosemirrorToYXmlFragment } from 'y-prosemirror';
import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../../../shared/document/contentFragment.ts';
import { NUMBERING_KEY, SETTINGS_MAP } from '../../../shared/document/documentSettings.ts';
import { schema } from '../../../shared/document/schema.ts';
import { importFile } from '../../../shared/import/index.ts';
import type { DraftSummary } from '../../../shared/rpc/draftContract.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { alignImportedIds } from './alignImportedIds.ts';
import { assertValidContent } from './assertValidContent.ts';
import { draftStoreOf } from './draftStoreOf.ts';
import { type DraftMeta, toSummary, wordsOf } from './freezeDraft.ts';
import { getDraft } from './getDraft.ts';
import { numberedBlocksOf } from './numberedBlocksOf.ts';
import { readWorkingCopy } from './workingCopy.ts';

/**
 * Imports a .docx/.txt/.md made outside the app as the document's next draft. Its blocks take the
 * ids of the blocks they continue in the previous draft (the working copy when there is none), so
 * lineage and comment anchors reach drafts that never lived in the app. The draft's Yjs state is
 * a full checkpoint of a fresh Y.Doc; it has no snapshot. A file that cannot be read throws its
 * AppError before anything is written.
 */
export function importDraft(
  store: WorkspaceStore,
  documentId: string,
  meta: DraftMeta,
  file: { bytes: Uint8Array; fileName: string },
  actor: string,
): { draft: DraftSummary; warnings: string[] } {
  const working = readWorkingCopy(store, documentId);
  working.ydoc.destroy();
  const result = importFile(file.bytes, file.fileName);
  const last = draftStoreOf(store).last(documentId);
  const previous = last ? getDraft(store, documentId, last.number).blocks : numberedBlocksOf(working.doc, working.scheme);
  const doc = Node.fromJSON(schema, alignImportedIds(result.doc, previous));
  assertValidContent(doc, working.schemeJson);
  const record = draftStoreOf(store).insert({
    documentId,
    ...meta,
    origin: 'import',
    words: wordsOf(doc),
    numbering: working.schemeJson,
    blocks: (doc.toJSON() as { content: unknown[] }).content,
    yState: freshYState(doc, working.schemeJson),
    snapshot: null,
  }, (draft) => store.audit(actor, 'draft.import', documentId, { draftId: draft.id, number: draft.number, fileName: file.fileName, stage: meta.stage }));
  return { draft: toSummary(record), warnings: result.warnings.map((w) => w.message) };
}

/** The full Yjs state (V2) of a new Y.Doc holding `doc` and the numbering setting. */
function freshYState(doc: Node, schemeJson: string | null): Uint8Array {
  const ydoc = new Y.Doc({ gc: false });
  ydoc.transact(() => {
    prosemirrorToYXmlFragment(doc, ydoc.getXmlFragment(CONTENT_FRAGMENT));
    if (schemeJson !== null) ydoc.getMap(SETTINGS_MAP).set(NUMBERING_KEY, schemeJson);
  }, 'draft-import');
  const state = Y.encodeStateAsUpdateV2(ydoc);
  ydoc.destroy();
  return state;
}
