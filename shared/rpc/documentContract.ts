import { z } from 'zod';
import { ANY_ROLE_IN_WORKSPACE, DRAFTERS } from '../accounts/access.ts';
import { method } from './method.ts';
import { base64Data, lineText } from './textFields.ts';
import { workspaceId } from './workspaceContract.ts';
import { DOCUMENT_KINDS } from '../document/documentKinds.ts';

export { DOCUMENT_KINDS };
export const documentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof documentKind>;

export const documentId = z.uuid();

export const documentSummary = z.object({
  id: documentId,
  kind: documentKind,
  title: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DocumentSummary = z.infer<typeof documentSummary>;

/** A document in the workspace's trash: deleted, recoverable. */
export const deletedDocument = documentSummary.extend({ deletedAt: z.string() });
export type DeletedDocument = z.infer<typeof deletedDocument>;

const title = lineText('Tên văn kiện', 300);
const fileName = lineText('Tên tệp', 255);
const ref = { workspaceId, documentId };

/** The document slice of the RPC contract. */
export const documentContract = {
  'document.list': method(z.object({ workspaceId }), z.object({ documents: z.array(documentSummary) }), ANY_ROLE_IN_WORKSPACE),
  'document.create': method(z.object({ workspaceId, kind: documentKind, title }), z.object({ document: documentSummary }), DRAFTERS),
  'document.rename': method(z.object({ ...ref, title }), z.object({ document: documentSummary }), DRAFTERS),
  /** Moves a document to the trash (soft delete): nothing is lost, `document.restore` brings it back. */
  'document.delete': method(z.object(ref), z.object({ ok: z.literal(true) }), DRAFTERS),
  /** The trash: deleted documents, most recently deleted first. */
  'document.listDeleted': method(z.object({ workspaceId }), z.object({ documents: z.array(deletedDocument) }), ANY_ROLE_IN_WORKSPACE),
  'document.restore': method(z.object(ref), z.object({ document: documentSummary }), DRAFTERS),
  /**
   * A .docx/.txt/.md file (base64) becomes a new document; the import's warnings are returned.
   * Without a title, the document is named after the file's header (type and title, as the
   * document states them), or after the file when it has none.
   */
  'document.import': method(
    z.object({ workspaceId, kind: documentKind, title: title.optional(), fileName, dataBase64: base64Data(70_000_000) }),
    z.object({ document: documentSummary, warnings: z.array(z.string()) }),
    DRAFTERS,
  ),
  /** The working copy as a .docx (36-HD layout) or .txt file, base64. */
  'document.export': method(
    z.object({ ...ref, format: z.enum(['docx', 'txt']) }),
    z.object({ fileName: z.string(), mimeType: z.string(), dataBase64: z.string() }),
    ANY_ROLE_IN_WORKSPACE,
  ),
};
