import type { Node } from 'prosemirror-model';
import * as Y from 'yjs';
import { compareBlocks } from '../../../shared/compare/compareBlocks.ts';
import type { Change } from '../../../shared/compare/types.ts';
import { blockAuthors } from '../../../shared/drafts/blockAuthors.ts';
import type { NumberedBlock } from '../../../shared/document/flatBlock.ts';
import type { DocumentHeader } from '../../../shared/document/header.ts';
import { DOCX_MIME, exportComparisonDocx } from '../../../shared/export/index.ts';
import { workingCopyOf } from '../../../shared/content/workingCopyOf.ts';
import { yDocOfUpdates } from '../../../shared/content/yDocOfUpdates.ts';
import { draftContentOf } from '../../../shared/drafts/draftContentOf.ts';
import { fileContent } from '../../../shared/drafts/fileContent.ts';
import { numberedBlocksOf } from '../../../shared/drafts/numberedBlocksOf.ts';
import { type ExportedFile, withDraftLabel } from './exportJobs.ts';

/**
 * One side of a comparison as a job gets it: a draft's or a checkpoint's stored blocks and
 * numbering (`label`, e.g. "DỰ THẢO LẦN 3", stamped on its header as a draft's export is), the
 * working copy's stored updates, or a file's bytes (`side`: "a" or "b", so two files are aligned
 * by text, never by the import's positional ids).
 */
export type ComparisonSource =
  | { stored: { blocks: unknown[]; numbering: string | null }; label: string | null }
  | { working: Uint8Array[] }
  | { file: { bytes: Uint8Array; fileName: string }; side: 'a' | 'b' };

export interface ComparisonExportInput {
  older: ComparisonSource;
  newer: ComparisonSource;
  fileName: string;
  /** Title in the file's properties. */
  title: string;
  /** Author of the tracked changes the attribution names no one for, and their ISO date. */
  author: string;
  date: string;
  /**
   * Who made which change (Yjs attribution): the newer side's Yjs state (`v2` a draft's, `updates`
   * the working copy's) and the older draft's snapshot (Y.encodeSnapshotV2). Absent when a side
   * never lived in the working copy (imported drafts, files).
   */
  attribution?: { newer: { v2: Uint8Array } | { updates: Uint8Array[] }; since: Uint8Array };
}

/** Who made each row's changes (by the newer block's id, else the older's), from the attribution. */
function rowAuthorsOf(attribution: ComparisonExportInput['attribution'], changes: readonly Change[]): (string | undefined)[] | undefined {
  if (!attribution) return undefined;
  const ydoc = 'v2' in attribution.newer ? yDocOfUpdateV2(attribution.newer.v2) : yDocOfUpdates(attribution.newer.updates);
  try {
    const authors = blockAuthors(ydoc, Y.decodeSnapshotV2(attribution.since));
    return changes.map((change) => (change.op === 'equal' ? undefined : (authors.get(change.right?.id ?? '') ?? authors.get(change.left?.id ?? ''))));
  } finally {
    ydoc.destroy();
  }
}

function yDocOfUpdateV2(update: Uint8Array): Y.Doc {
  const ydoc = new Y.Doc({ gc: false });
  Y.applyUpdateV2(ydoc, update);
  return ydoc;
}

/** A side's numbered blocks, compared, and its header as the export prints it. */
function sideOf(source: ComparisonSource): { blocks: NumberedBlock[]; header: DocumentHeader | null } {
  let doc: Node;
  let blocks: NumberedBlock[];
  if ('stored' in source) {
    ({ doc, blocks } = draftContentOf(source.stored.blocks, source.stored.numbering));
    // Every draft is stamped, as its own export is: one without a header gets a header holding only
    // the stamp, which is no block of the comparison (`blocks` are the draft's own).
    if (source.label) doc = withDraftLabel(doc, source.label);
  } else if ('working' in source) {
    const ydoc = yDocOfUpdates(source.working);
    const working = workingCopyOf(ydoc);
    ydoc.destroy();
    doc = working.doc;
    blocks = numberedBlocksOf(doc, working.scheme);
  } else {
    ({ doc, blocks } = fileContent(source.file.bytes, source.file.fileName, source.side));
  }
  const first = doc.firstChild;
  return { blocks, header: first?.type.name === 'header' ? (first.attrs as DocumentHeader) : null };
}

/**
 * Two versions of a document compared and written as the newer one with Word tracked changes
 * (exportComparisonDocx): accepting all gives the newer, rejecting all the older, each with its
 * numbers and its header as its own export prints them.
 */
export function exportComparisonJob(input: ComparisonExportInput): ExportedFile {
  const older = sideOf(input.older);
  const newer = sideOf(input.newer);
  const { changes } = compareBlocks(older.blocks, newer.blocks);
  const rowAuthors = rowAuthorsOf(input.attribution, changes);
  const bytes = exportComparisonDocx(changes, { author: input.author, rowAuthors, date: input.date, title: input.title, headers: { older: older.header, newer: newer.header } });
  return { fileName: input.fileName, mimeType: DOCX_MIME, bytes };
}
