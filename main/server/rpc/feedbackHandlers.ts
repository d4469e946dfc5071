import type { feedbackContract } from '../../../shared/rpc/feedbackContract.ts';
import { importFeedbackFile, previewFeedbackFile } from '../../services/feedback/importFeedbackFile.ts';
import { editSource } from '../../services/feedback/editSource.ts';
import { importSources } from '../../services/feedback/importSources.ts';
import type { Rematched } from '../../services/feedback/rematchFlagged.ts';
import { setItemSource } from '../../services/feedback/setItemSource.ts';
import { displayNameOf } from '../../services/accounts/displayNameOf.ts';
import { notified } from './feedbackNotify.ts';
import type { HandlersFor, RpcContext } from './handlers.ts';

const bytesOf = (dataBase64: string) => Buffer.from(dataBase64, 'base64');

/** Tells the feedback pages which items a registry change attributed or re-flagged, and returns `result`. */
function rematchedItems<T>(ctx: RpcContext, workspaceId: string, rematched: Rematched, result: T): T {
  return rematched.itemIds.length > 0 ? notified(ctx, workspaceId, 'items', result, () => rematched.itemIds) : result;
}

export const feedbackHandlers: HandlersFor<keyof typeof feedbackContract> = {
  'feedback.listSources': ({ workspaceId }, { workspaces }) => ({ sources: workspaces.store(workspaceId).sources.list() }),
  'feedback.createSource': ({ workspaceId, source }, ctx) => {
    const { source: created, rematched } = editSource.create(ctx.workspaces.store(workspaceId), source, ctx.actor);
    return notified(ctx, workspaceId, 'sources', rematchedItems(ctx, workspaceId, rematched, { source: created, attributed: rematched.attributed }));
  },
  'feedback.updateSource': ({ workspaceId, sourceId, source }, ctx) => {
    const { source: updated, rematched } = editSource.update(ctx.workspaces.store(workspaceId), sourceId, source, ctx.actor);
    return notified(ctx, workspaceId, 'sources', rematchedItems(ctx, workspaceId, rematched, { source: updated, attributed: rematched.attributed }));
  },
  'feedback.deleteSource': ({ workspaceId, sourceId }, ctx) => {
    const rematched = editSource.delete(ctx.workspaces.store(workspaceId), sourceId, ctx.actor);
    return notified(ctx, workspaceId, 'sources', rematchedItems(ctx, workspaceId, rematched, { ok: true as const }));
  },
  'feedback.importSources': async ({ workspaceId, fileName, dataBase64 }, ctx) => {
    const { created, updated, rematched } = await importSources(ctx.workspaces.store(workspaceId), { fileName, bytes: bytesOf(dataBase64) }, ctx.actor, ctx.jobs);
    return notified(ctx, workspaceId, 'sources', rematchedItems(ctx, workspaceId, rematched, { created, updated, attributed: rematched.attributed }));
  },
  'feedback.preview': ({ workspaceId, dataBase64, ...input }, { workspaces, jobs }) =>
    previewFeedbackFile(workspaces.store(workspaceId), { ...input, bytes: bytesOf(dataBase64) }, jobs),
  'feedback.import': async ({ workspaceId, dataBase64, ...input }, ctx) =>
    notified(ctx, workspaceId, 'items', { batch: await importFeedbackFile(ctx.workspaces.store(workspaceId), { ...input, bytes: bytesOf(dataBase64) }, ctx.actor, ctx.jobs) }),
  'feedback.setSource': ({ workspaceId, itemId, sourceId, expectedSourceId }, ctx) =>
    notified(ctx, workspaceId, 'items', { item: setItemSource(ctx.workspaces.store(workspaceId), itemId, sourceId, expectedSourceId, ctx.actor, displayNameOf(ctx.accounts)) }, () => [itemId]),
  'feedback.listBatches': ({ workspaceId }, { workspaces }) => ({ batches: workspaces.store(workspaceId).feedback.batches() }),
  'feedback.list': ({ workspaceId, batchId, offset, limit }, { workspaces }) => {
    const store = workspaces.store(workspaceId);
    return { items: store.feedback.list({ batchId, offset, limit }), total: store.feedback.count(batchId) };
  },
};
