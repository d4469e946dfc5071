import type { Node } from 'prosemirror-model';
import { type DocumentHeader, HEADER_FIELDS } from '../../../shared/document/header.ts';
import { numberingSchemeOf } from '../../../shared/numbering/numberingSchemeOf.ts';
import { flattenDoc } from '../../../shared/document/flatten.ts';
import { DOCX_MIME, documentTitle, exportDocx, exportText } from '../../../shared/export/index.ts';
import { numberBlocks } from '../../../shared/numbering/numberBlocks.ts';
import { safeFileName } from '../../../shared/text/safeFileName.ts';
import { yDocOfUpdates } from '../../../shared/content/yDocOfUpdates.ts';
import { proseMirrorDocOf } from '../../../shared/content/proseMirrorDocOf.ts';
import { draftContentOf } from '../../../shared/drafts/draftContentOf.ts';

export type ExportFormat = 'docx' | 'txt';

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** The working copy (its stored updates) as a .docx (36-HD layout) or .txt file. */
export function exportDocumentJob(input: { updates: Uint8Array[]; title: string; format: ExportFormat }): ExportedFile {
  const ydoc = yDocOfUpdates(input.updates);
  const doc = proseMirrorDocOf(ydoc);
  const labels = numberBlocks(flattenDoc(doc), numberingSchemeOf(ydoc));
  ydoc.destroy();
  return fileOf(doc, labels, input.title, safeFileName(input.title || documentTitle(doc)), input.format);
}

/**
 * Draft N (its stored blocks and numbering) as a file, as it was frozen, its header stamped
 * "DỰ THẢO LẦN N" so the copies sent out for comment say which draft they are.
 */
export function exportDraftJob(input: { blocks: unknown[]; numbering: string | null; number: number; title: string; format: ExportFormat }): ExportedFile {
  const view = draftContentOf(input.blocks, input.numbering);
  const labels = view.blocks.map((b) => b.number);
  const doc = withDraftLabel(view.doc, `DỰ THẢO LẦN ${input.number}`);
  // A header added for the stamp is one more block before the others: it has no number.
  if (doc.childCount > view.doc.childCount) labels.unshift(null);
  const base = `${safeFileName(input.title || documentTitle(doc))} - Dự thảo lần ${input.number}`;
  return fileOf(doc, labels, input.title, base, input.format);
}

/**
 * The document with its header's draft marker set. A document without a header gets one that
 * holds only the marker (every other field empty, so no Party heading or body is invented): every
 * exported draft says which draft it is, whether or not it was given a 36-HD header.
 */
export function withDraftLabel(doc: Node, label: string): Node {
  const header = doc.firstChild;
  if (header?.type.name === 'header') return doc.copy(doc.content.replaceChild(0, header.type.create({ ...header.attrs, draftLabel: label }, header.content)));
  const onlyLabel: DocumentHeader = { ...BLANK_HEADER, draftLabel: label };
  return doc.copy(doc.content.addToStart(doc.type.schema.nodes.header.create({ id: null, ...onlyLabel })));
}

/** A header with no field set (EMPTY_HEADER, the form's start, has the Party heading filled in). */
const BLANK_HEADER = Object.fromEntries(HEADER_FIELDS.map((f) => [f, ''])) as unknown as DocumentHeader;

function fileOf(doc: Node, labels: readonly (string | null)[], title: string, base: string, format: ExportFormat): ExportedFile {
  if (format === 'txt') {
    return { fileName: `${base}.txt`, mimeType: 'text/plain; charset=utf-8', bytes: new TextEncoder().encode(exportText(doc, labels)) };
  }
  return { fileName: `${base}.docx`, mimeType: DOCX_MIME, bytes: exportDocx(doc, labels, { title }) };
}
