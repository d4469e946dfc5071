import type { documentContract } from '../../../shared/rpc/documentContract.ts';
import { createEmptyDocument } from '../../services/documents/documentContent.ts';
import { exportDocumentFile, importDocumentFile } from '../../services/documents/documentFiles.ts';
import type { HandlersFor } from './handlers.ts';

export const documentHandlers: HandlersFor<keyof typeof documentContract> = {
  'document.list': ({ workspaceId }, { workspaces }) => ({ documents: workspaces.store(workspaceId).documents.list() }),
  'document.create': ({ workspaceId, kind, title }, { workspaces, actor }) => ({
    document: createEmptyDocument(workspaces.store(workspaceId), kind, title, actor),
  }),
  'document.rename': ({ workspaceId, documentId, title }, { workspaces, actor }) => ({
    document: workspaces.store(workspaceId).documents.rename(documentId, title, actor),
  }),
  'document.delete': async ({ workspaceId, documentId }, { workspaces, sync, actor }) => {
    workspaces.store(workspaceId).documents.delete(documentId, actor);
    await sync.closeDocument(workspaceId, documentId);
    return { ok: true as const };
  },
  'document.listDeleted': ({ workspaceId }, { workspaces }) => ({ documents: workspaces.store(workspaceId).documents.listDeleted() }),
  'document.restore': ({ workspaceId, documentId }, { workspaces, actor }) => ({
    document: workspaces.store(workspaceId).documents.restore(documentId, actor),
  }),
  'document.import': ({ workspaceId, kind, title, fileName, dataBase64 }, { workspaces, actor, jobs }) =>
    importDocumentFile(workspaces.store(workspaceId), { kind, title, fileName, bytes: Buffer.from(dataBase64, 'base64') }, actor, jobs),
  'document.export': async ({ workspaceId, documentId, format }, { workspaces, actor, jobs }) => {
    const file = await exportDocumentFile(workspaces.store(workspaceId), documentId, format, actor, jobs);
    return { fileName: file.fileName, mimeType: file.mimeType, dataBase64: Buffer.from(file.bytes).toString('base64') };
  },
};
