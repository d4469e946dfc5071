import type { draftContract } from '../../../shared/rpc/draftContract.ts';
import { draftChanges, draftSnapshot, exportComparisonFile, exportDraftFile, freezeDraft, getDraft, importDraft, listCheckpoints, listDrafts, restoreDraft } from '../../services/drafts/index.ts';
import type { HandlersFor } from './handlers.ts';

/** The draft slice: every write is audited by the service it calls. */
export const draftHandlers: HandlersFor<keyof typeof draftContract> = {
  'draft.list': ({ workspaceId, documentId }, { workspaces }) => ({
    drafts: listDrafts(workspaces.store(workspaceId), documentId),
    checkpoints: listCheckpoints(workspaces.store(workspaceId), documentId),
  }),
  'draft.freeze': ({ workspaceId, documentId, stage, author, note }, { workspaces, actor }) => ({
    draft: freezeDraft(workspaces.store(workspaceId), documentId, { stage, author, note }, actor),
  }),
  'draft.get': ({ workspaceId, documentId, side }, { workspaces }) => {
    const view = getDraft(workspaces.store(workspaceId), documentId, side);
    return { draft: view.draft, checkpoint: view.checkpoint, blocks: view.blocks, doc: view.doc.toJSON(), repairs: view.repairs };
  },
  'draft.snapshot': ({ workspaceId, documentId, number }, { workspaces }) => ({
    snapshotBase64: draftSnapshot(workspaces.store(workspaceId), documentId, number),
  }),
  'draft.changes': ({ workspaceId, documentId, from, to }, { workspaces }) => ({
    users: draftChanges(workspaces.store(workspaceId), documentId, from, to),
  }),
  'draft.restore': async ({ workspaceId, documentId, number, checkpoint, author }, { workspaces, sync, actor }) => {
    const source = number !== undefined ? { draft: number } : { checkpoint: checkpoint! };
    const result = await restoreDraft(workspaces.store(workspaceId), documentId, source, { actor, author }, (origin, change) =>
      sync.transactDocument(workspaceId, documentId, origin, change),
    );
    return { ok: true as const, ...result };
  },
  'draft.export': async ({ workspaceId, documentId, number, format }, { workspaces, actor, jobs }) => {
    const file = await exportDraftFile(workspaces.store(workspaceId), documentId, number, format, actor, jobs);
    return { fileName: file.fileName, mimeType: file.mimeType, dataBase64: Buffer.from(file.bytes).toString('base64') };
  },
  'draft.exportComparison': async ({ workspaceId, documentId, older, newer, author }, { workspaces, actor, jobs }) => {
    const file = await exportComparisonFile(workspaces.store(workspaceId), documentId, { older, newer, author }, actor, jobs);
    return { fileName: file.fileName, mimeType: file.mimeType, dataBase64: Buffer.from(file.bytes).toString('base64') };
  },
  'draft.import': async ({ workspaceId, documentId, stage, author, note, fileName, dataBase64 }, { workspaces, actor, jobs }) => {
    const bytes = new Uint8Array(Buffer.from(dataBase64, 'base64'));
    return { draft: (await importDraft(workspaces.store(workspaceId), documentId, { stage, author, note }, { bytes, fileName }, actor, jobs)).draft };
  },
};
