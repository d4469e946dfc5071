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

export interface ImportedDocument {
  document: DocumentSummary;
  warnings: string[];
}

/**
 * Imports a .docx/.txt/.md file as a new document. The file is parsed completely before
 * anything is written, so a bad file (AppError) leaves the workspace unchanged.
 */
export function importDocumentFile(
  store: WorkspaceStore,
  input: { kind: DocumentKind; title: string; fileName: string; bytes: Uint8Array },
  actor = 'system',
): ImportedDocument {
  const result = importFile(input.bytes, input.fileName);
  const doc = Node.fromJSON(schema, result.doc);
  doc.check();
  const document = store.createDocument(input.kind, input.title, actor);
  writeDocumentContent(store, document.id, doc);
  store.audit(actor, 'document.import', document.id, { fileName: input.fileName, bytes: input.bytes.byteLength });
  return { document, warnings: result.warnings.map((w) => w.message) };
}

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** The working copy of a document as a .docx (36-HD layout) or .txt file. */
export function exportDocumentFile(store: WorkspaceStore, documentId: string, format: 'docx' | 'txt'): ExportedFile {
  const summary = store.getDocument(documentId);
  const ydoc = loadYDoc(store, documentId);
  const doc = proseMirrorDocOf(ydoc);
  const labels = numberBlocks(flattenDoc(doc), numberingSchemeOf(ydoc));
  ydoc.destroy();
  const base = safeFileName(summary.title || documentTitle(doc));
  if (format === 'txt') {
    return { fileName: `${base}.txt`, mimeType: 'text/plain; charset=utf-8', bytes: new TextEncoder().encode(exportText(doc, labels)) };
  }
  return { fileName: `${base}.docx`, mimeType: DOCX_MIME, bytes: exportDocx(doc, labels, { title: summary.title }) };
}
