import { Node } from 'prosemirror-model';
import { prosemirrorToYXmlFragment } from 'y-prosemirror';
import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../../../shared/document/contentFragment.ts';
import { NUMBERING_KEY, SETTINGS_MAP } from '../../../shared/document/documentSettings.ts';
import { DRAFT_IMPORT_ORIGIN } from '../../../shared/editor/origins.ts';
import { schema } from '../../../shared/editor/schema.ts';
import { importFile } from '../../../shared/import/index.ts';
import { yDocOfUpdates } from '../../../shared/content/yDocOfUpdates.ts';
import { alignImportedIds } from '../../../shared/drafts/alignImportedIds.ts';
import { assertValidContent } from '../../../shared/drafts/assertValidContent.ts';
import { wordsOf } from '../../../shared/drafts/wordsOf.ts';
import { draftContentOf } from '../../../shared/drafts/draftContentOf.ts';
import { numberedBlocksOf } from '../../../shared/drafts/numberedBlocksOf.ts';
import { workingCopyOf } from '../../../shared/content/workingCopyOf.ts';
import { numberingSettingOf } from './importDocumentJob.ts';

export interface ImportDraftInput {
  bytes: Uint8Array;
  fileName: string;
  /** The working copy's stored updates: its numbering, and what the draft follows when there is no draft. */
  workingUpdates: Uint8Array[];
  /** The last draft's stored blocks and numbering, null when there is none. */
  lastDraft: { blocks: unknown[]; numbering: string | null } | null;
}

export interface ImportDraftOutput {
  blocks: unknown[];
  words: number;
  /** The numbering setting the draft carries (the working copy's, changed where the file's numbers say so), null for the default. */
  numbering: string | null;
  yState: Uint8Array;
  warnings: string[];
}

/**
 * A file read as the next draft, its blocks keyed against the draft it follows (the comparison
 * engine pairs them): everything a draft import costs except the writes. Throws the file's AppError.
 */
export function importDraftJob({ bytes, fileName, workingUpdates, lastDraft }: ImportDraftInput): ImportDraftOutput {
  const ydoc = yDocOfUpdates(workingUpdates);
  const working = workingCopyOf(ydoc);
  ydoc.destroy();
  const result = importFile(bytes, fileName, { numbering: working.scheme });
  // The working copy's own setting when the file's numbers agree with it (its JSON kept as stored).
  const numbering = result.numbering === working.scheme ? working.schemeJson : numberingSettingOf(result.numbering);
  const previous = lastDraft ? draftContentOf(lastDraft.blocks, lastDraft.numbering).blocks : numberedBlocksOf(working.doc, working.scheme);
  const doc = Node.fromJSON(schema, alignImportedIds(result.doc, previous));
  assertValidContent(doc, numbering);
  return {
    blocks: (doc.toJSON() as { content: unknown[] }).content,
    words: wordsOf(doc),
    numbering,
    yState: freshYState(doc, numbering),
    warnings: result.warnings.map((w) => w.message),
  };
}

/** The full Yjs state (V2) of a new Y.Doc holding `doc` and the numbering setting. */
function freshYState(doc: Node, schemeJson: string | null): Uint8Array {
  const ydoc = new Y.Doc({ gc: false });
  ydoc.transact(() => {
    prosemirrorToYXmlFragment(doc, ydoc.getXmlFragment(CONTENT_FRAGMENT));
    if (schemeJson !== null) ydoc.getMap(SETTINGS_MAP).set(NUMBERING_KEY, schemeJson);
  }, DRAFT_IMPORT_ORIGIN);
  const state = Y.encodeStateAsUpdateV2(ydoc);
  ydoc.destroy();
  return state;
}
