import type { feedbackContract } from '../../../shared/rpc/feedbackContract.ts';
import { importFeedbackFile, previewFeedbackFile } from '../../services/feedback/importFeedbackFile.ts';
import { importSources } from '../../services/feedback/importSources.ts';
import { setItemSource } from '../../services/feedback/setItemSource.ts';
import { notified } from './feedbackNotify.ts';
import type { HandlersFor } from './handlers.ts';

const bytesOf = (dataBase64: string) => Buffer.from(dataBase64, 'base64');

export const feedbackHandlers: HandlersFor<keyof typeof feedbackContract> = {
  'feedback.listSources': ({ workspaceId }, { workspaces }) => ({ sources: workspaces.store(workspaceId).sources.list() }),
  'feedback.createSource': ({ workspaceId, source }, ctx) => notified(ctx, workspaceId, 'sources', { source: ctx.workspaces.store(workspaceId).sources.create(source, ctx.actor) }),
  'feedback.updateSource': ({ workspaceId, sourceId, source }, ctx) =>
    notified(ctx, workspaceId, 'sources', { source: ctx.workspaces.store(workspaceId).sources.update(sourceId, source, ctx.actor) }),
  'feedback.deleteSource': ({ workspaceId, sourceId }, ctx) => {
    ctx.workspaces.store(workspaceId).sources.delete(sourceId, ctx.actor);
    return notified(ctx, workspaceId, 'sources', { ok: true as const });
  },
  'feedback.importSources': async ({ workspaceId, fileName, dataBase64 }, ctx) => {
    const { created, updated } = await importSources(ctx.workspaces.store(workspaceId), { fileName, bytes: bytesOf(dataBase64) }, ctx.actor, ctx.jobs);
    return notified(ctx, workspaceId, 'sources', { created, updated });
  },
  'feedback.preview': ({ workspaceId, dataBase64, ...input }, { workspaces, jobs }) =>
    previewFeedbackFile(workspaces.store(workspaceId), { ...input, bytes: bytesOf(dataBase64) }, jobs),
  'feedback.import': async ({ workspaceId, dataBase64, ...input }, ctx) =>
    notified(ctx, workspaceId, 'items', { batch: await importFeedbackFile(ctx.workspaces.store(workspaceId), { ...input, bytes: bytesOf(dataBase64) }, ctx.actor, ctx.jobs) }),
  'feedback.setSource': ({ workspaceId, itemId, sourceId, expectedSourceId }, ctx) =>
    notified(ctx, workspaceId, 'items', { item: setItemSource(ctx.workspaces.store(workspaceId), itemId, sourceId, expectedSourceId, ctx.actor) }, () => [itemId]),
  'feedback.listBatches': ({ workspaceId }, { workspaces }) => ({ batches: workspaces.store(workspaceId).feedback.batches() }),
  'feedback.list': ({ workspaceId, batchId, offset, limit }, { workspaces }) => {
    const store = workspaces.store(workspaceId);
    return { items: store.feedback.list({ batchId, offset, limit }), total: store.feedback.count(batchId) };
  },
};
