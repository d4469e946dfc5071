import type { feedbackContract } from '../../../shared/rpc/feedbackContract.ts';
import { importFeedbackFile, previewFeedbackFile } from '../../services/feedback/importFeedbackFile.ts';
import { importSources } from '../../services/feedback/importSources.ts';
import { setItemSource } from '../../services/feedback/setItemSource.ts';
import type { HandlersFor } from './handlers.ts';

const bytesOf = (dataBase64: string) => Buffer.from(dataBase64, 'base64');

export const feedbackHandlers: HandlersFor<keyof typeof feedbackContract> = {
  'feedback.listSources': ({ workspaceId }, { workspaces }) => ({ sources: workspaces.store(workspaceId).sources.list() }),
  'feedback.createSource': ({ workspaceId, source }, { workspaces, actor }) => ({ source: workspaces.store(workspaceId).sources.create(source, actor) }),
  'feedback.updateSource': ({ workspaceId, sourceId, source }, { workspaces, actor }) => ({
    source: workspaces.store(workspaceId).sources.update(sourceId, source, actor),
  }),
  'feedback.deleteSource': ({ workspaceId, sourceId }, { workspaces, actor }) => {
    workspaces.store(workspaceId).sources.delete(sourceId, actor);
    return { ok: true as const };
  },
  'feedback.importSources': async ({ workspaceId, fileName, dataBase64 }, { workspaces, actor, jobs }) => {
    const { created, updated } = await importSources(workspaces.store(workspaceId), { fileName, bytes: bytesOf(dataBase64) }, actor, jobs);
    return { created, updated };
  },
  'feedback.preview': ({ workspaceId, dataBase64, ...input }, { workspaces, jobs }) =>
    previewFeedbackFile(workspaces.store(workspaceId), { ...input, bytes: bytesOf(dataBase64) }, jobs),
  'feedback.import': async ({ workspaceId, dataBase64, ...input }, { workspaces, actor, jobs }) => ({
    batch: await importFeedbackFile(workspaces.store(workspaceId), { ...input, bytes: bytesOf(dataBase64) }, actor, jobs),
  }),
  'feedback.setSource': ({ workspaceId, itemId, sourceId }, { workspaces, actor }) => ({
    item: setItemSource(workspaces.store(workspaceId), itemId, sourceId, actor),
  }),
  'feedback.listBatches': ({ workspaceId }, { workspaces }) => ({ batches: workspaces.store(workspaceId).feedback.batches() }),
  'feedback.list': ({ workspaceId, batchId, offset, limit }, { workspaces }) => {
    const store = workspaces.store(workspaceId);
    return { items: store.feedback.list({ batchId, offset, limit }), total: store.feedback.count(batchId) };
  },
};
