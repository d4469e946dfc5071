import { Node } from 'prosemirror-model';
import { flattenDoc } from '../../shared/document/flatten.ts';
import { numberingSchemeOf } from '../../shared/document/documentSettings.ts';
import { schema } from '../../shared/document/schema.ts';
import { DOCX_MIME, documentTitle, exportDocx, exportText } from '../../shared/export/index.ts';
import { importFile } from '../../shared/import/index.ts';
import { numberBlocks } from '../../shared/numbering/numberBlocks.ts';
import type { DocumentKind, DocumentSummary } from '../../shared/rpc/documentContract.ts';
import { safeFileName } from '../../shared/text/safeFileName.ts';
import type { WorkspaceStore } from '../storage/WorkspaceStore.ts';
import { loadYDoc, proseMirrorDocOf, writeDocumentContent } from './documentContent.ts';
import { getDraft } from './drafts/getDraft.ts';

export interface ImportedDocument {
  document: DocumentSummary;
  warnings: string[];
}

/** Longest title a document takes from its file (the RPC contract allows 300 characters). */
const MAX_TITLE = 300;

/** A first line that reads as a title: in capitals, and not a whole paragraph. */
const TITLE_LINE_MAX = 200;

/** The first block's text when it is a title line in capitals ("THÔNG BÁO NHANH KẾT QUẢ …"), or "". */
function capitalsTitle(doc: Node): string {
  for (let i = 0; i < doc.childCount; i++) {
    const block = doc.child(i);
    const text = block.type.name === 'header' ? '' : block.textContent.replace(/\s+/gu, ' ').trim();
    if (text) return text.length <= TITLE_LINE_MAX && /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text) ? text : '';
  }
  return '';
}

/**
 * What an imported document is called when no title is given: its header's type and title
 * ("BÁO CÁO CHÍNH TRỊ – …") when the file has one, else its first line when that is a title in
 * capitals, else the file's name without extension.
 */
export function importedTitle(doc: Node, fileName: string): string {
  const fromHeader = documentTitle(doc).replace(/\s+/gu, ' ').trim();
  const fromName = fileName.replace(/\.[^.]+$/u, '').trim() || fileName;
  return (fromHeader || capitalsTitle(doc) || fromName).slice(0, MAX_TITLE);
}

/**
 * Imports a .docx/.txt/.md file as a new document. The file is parsed completely before
 * anything is written, so a bad file (AppError) leaves the workspace unchanged.
 */
export function importDocumentFile(
  store: WorkspaceStore,
  input: { kind: DocumentKind; title?: string; fileName: string; bytes: Uint8Array },
  actor = 'system',
): ImportedDocument {
  const result = importFile(input.bytes, input.fileName);
  const doc = Node.fromJSON(schema, result.doc);
  doc.check();
  const document = store.createDocument(input.kind, input.title ?? importedTitle(doc, input.fileName), actor);
  writeDocumentContent(store, document.id, doc);
  store.audit(actor, 'document.import', document.id, { fileName: input.fileName, bytes: input.bytes.byteLength });
  return { document, warnings: result.warnings.map((w) => w.message) };
}

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

/**
 * The working copy of a document as a .docx (36-HD layout) or .txt file. Every export is in the
 * audit log: these documents are sensitive, and who took a copy out matters.
 */
export function exportDocumentFile(store: WorkspaceStore, documentId: string, format: 'docx' | 'txt', actor = 'system'): ExportedFile {
  const summary = store.getDocument(documentId);
  const ydoc = loadYDoc(store, documentId);
  const doc = proseMirrorDocOf(ydoc);
  const labels = numberBlocks(flattenDoc(doc), numberingSchemeOf(ydoc));
  ydoc.destroy();
  const file = fileOf(doc, labels, summary.title, safeFileName(summary.title || documentTitle(doc)), format);
  store.audit(actor, 'document.export', documentId, { format, fileName: file.fileName });
  return file;
}

/**
 * Draft N of a document as a .docx or .txt file, as it was frozen (numbered with its own scheme),
 * its header stamped "DỰ THẢO LẦN N" so the copies sent out for comment say which draft they are.
 */
export function exportDraftFile(store: WorkspaceStore, documentId: string, number: number, format: 'docx' | 'txt', actor = 'system'): ExportedFile {
  const summary = store.getDocument(documentId);
  const view = getDraft(store, documentId, number);
  const doc = withDraftLabel(view.doc, `DỰ THẢO LẦN ${number}`);
  const base = `${safeFileName(summary.title || documentTitle(doc))} - Dự thảo lần ${number}`;
  const file = fileOf(doc, view.blocks.map((b) => b.number), summary.title, base, format);
  store.audit(actor, 'draft.export', documentId, { draftId: view.draft?.id, number, format, fileName: file.fileName });
  return file;
}

/** The document with its header's draft marker set; unchanged when it has no header. */
function withDraftLabel(doc: Node, label: string): Node {
  const header = doc.firstChild;
  if (header?.type.name !== 'header') return doc;
  return doc.copy(doc.content.replaceChild(0, header.type.create({ ...header.attrs, draftLabel: label }, header.content)));
}

function fileOf(doc: Node, labels: readonly (string | null)[], title: string, base: string, format: 'docx' | 'txt'): ExportedFile {
  if (format === 'txt') {
    return { fileName: `${base}.txt`, mimeType: 'text/plain; charset=utf-8', bytes: new TextEncoder().encode(exportText(doc, labels)) };
  }
  return { fileName: `${base}.docx`, mimeType: DOCX_MIME, bytes: exportDocx(doc, labels, { title }) };
}
