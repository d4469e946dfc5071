import type { DocumentKind, DocumentSummary } from '../../../shared/rpc/documentContract.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import type { ExportedFile, ExportFormat } from '../jobs/exportJobs.ts';
import { inlineJobs, type JobRunner } from '../jobs/jobs.ts';
import { recordExport } from './recordExport.ts';

export interface ImportedDocument {
  document: DocumentSummary;
  warnings: string[];
}

const sizeOf = (parts: readonly Uint8Array[]) => parts.reduce((n, part) => n + part.byteLength, 0);

/**
 * Imports a .docx/.txt/.md file as a new document. The file is read completely (by `jobs`, off
 * the event loop on the server) before anything is written, so a bad file (AppError) leaves the
 * workspace unchanged; the document, its content and its audit entry are then stored together.
 */
export async function importDocumentFile(
  store: WorkspaceStore,
  input: { kind: DocumentKind; title?: string; fileName: string; bytes: Uint8Array },
  actor = 'system',
  jobs: JobRunner = inlineJobs,
): Promise<ImportedDocument> {
  const read = await jobs.run('importDocument', { bytes: input.bytes, fileName: input.fileName }, input.bytes.byteLength);
  // One transaction: an import that cannot be stored (a full disk) leaves no empty document.
  const document = store.transaction(() => {
    const created = store.documents.create(input.kind, input.title ?? read.title, actor);
    store.updates.append(created.id, read.update);
    store.audit.record(actor, 'document.import', created.id, { fileName: input.fileName, bytes: input.bytes.byteLength });
    return created;
  });
  return { document, warnings: read.warnings };
}

/**
 * The working copy of a document as a .docx (36-HD layout) or .txt file. Every export is in the
 * audit log: these documents are sensitive, and who took a copy out matters.
 */
export async function exportDocumentFile(
  store: WorkspaceStore,
  documentId: string,
  format: ExportFormat,
  actor = 'system',
  jobs: JobRunner = inlineJobs,
): Promise<ExportedFile> {
  const summary = store.documents.get(documentId);
  const updates = store.updates.load(documentId);
  const file = await jobs.run('exportDocument', { updates, title: summary.title, format }, sizeOf(updates));
  recordExport(store, actor, 'document.export', documentId, { format, fileName: file.fileName });
  return file;
}
