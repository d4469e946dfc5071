import type { draftContract } from '../../../shared/rpc/draftContract.ts';
import { draftChanges, draftSnapshot, exportComparisonFile, exportDraftFile, freezeDraft, getDraft, importDraft, listCheckpoints, listDrafts, restoreDraft } from '../../services/drafts/index.ts';
import { personOf } from '../../services/identity/personOf.ts';
import type { HandlersFor, RpcContext } from './handlers.ts';

/** The name a draft, restore or comparison made by this caller is signed with: their own, never one they typed. */
const authorOf = (ctx: RpcContext) => personOf(ctx.caller, ctx.identity).displayName;

/** The draft slice: every write is audited by the service it calls. */
export const draftHandlers: HandlersFor<keyof typeof draftContract> = {
  'draft.list': ({ workspaceId, documentId }, { workspaces }) => ({
    drafts: listDrafts(workspaces.store(workspaceId), documentId),
    checkpoints: listCheckpoints(workspaces.store(workspaceId), documentId),
  }),
  'draft.freeze': ({ workspaceId, documentId, stage, note }, ctx) => ({
    draft: freezeDraft(ctx.workspaces.store(workspaceId), documentId, { stage, author: authorOf(ctx), note }, ctx.actor),
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
  'draft.restore': async ({ workspaceId, documentId, number, checkpoint }, ctx) => {
    const source = number !== undefined ? { draft: number } : { checkpoint: checkpoint! };
    const result = await restoreDraft(ctx.workspaces.store(workspaceId), documentId, source, { actor: ctx.actor, author: authorOf(ctx) }, (origin, change) =>
      ctx.sync.transactDocument(workspaceId, documentId, origin, change),
    );
    return { ok: true as const, ...result };
  },
  'draft.export': async ({ workspaceId, documentId, number, format }, { workspaces, actor, jobs }) => {
    const file = await exportDraftFile(workspaces.store(workspaceId), documentId, number, format, actor, jobs);
    return { fileName: file.fileName, mimeType: file.mimeType, dataBase64: Buffer.from(file.bytes).toString('base64') };
  },
  'draft.exportComparison': async ({ workspaceId, documentId, older, newer }, ctx) => {
    const file = await exportComparisonFile(ctx.workspaces.store(workspaceId), documentId, { older, newer, author: authorOf(ctx) }, ctx.actor, ctx.jobs);
    return { fileName: file.fileName, mimeType: file.mimeType, dataBase64: Buffer.from(file.bytes).toString('base64') };
  },
  'draft.import': async ({ workspaceId, documentId, stage, note, fileName, dataBase64 }, ctx) => {
    const bytes = new Uint8Array(Buffer.from(dataBase64, 'base64'));
    const meta = { stage, author: authorOf(ctx), note };
    return { draft: (await importDraft(ctx.workspaces.store(workspaceId), documentId, meta, { bytes, fileName }, ctx.actor, ctx.jobs)).draft };
  },
};
