import { z } from 'zod';
import { method } from './method.ts';
import { workspaceId } from './workspaceContract.ts';

export const DOCUMENT_KINDS = ['political_report', 'review_report', 'resolution', 'action_programme', 'other'] as const;
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

const title = z.string().trim().min(1).max(300);
const ref = { workspaceId, documentId };

/** The document slice of the RPC contract. */
export const documentContract = {
  'document.list': method(z.object({ workspaceId }), z.object({ documents: z.array(documentSummary) })),
  'document.create': method(z.object({ workspaceId, kind: documentKind, title }), z.object({ document: documentSummary })),
  'document.rename': method(z.object({ ...ref, title }), z.object({ document: documentSummary })),
  'document.delete': method(z.object(ref), z.object({ ok: z.literal(true) })),
};
