import type { feedbackTagContract } from '../../../shared/rpc/feedbackTagContract.ts';
import { createCode, deleteCode, exportCodebook, importCodebook, renameCode, suggestTagsFor, tagItems, untagItems } from '../../services/feedback/tagFeedback.ts';
import { notified } from './feedbackNotify.ts';
import type { HandlersFor } from './handlers.ts';

const withCount = (count: Map<string, number>) => <C extends { id: string }>(code: C) => ({ ...code, items: count.get(code.id) ?? 0 });

export const feedbackTagHandlers: HandlersFor<keyof typeof feedbackTagContract> = {
  'feedback.codebook': ({ workspaceId }, { workspaces }) => {
    const store = workspaces.store(workspaceId);
    return { codes: store.tags.codes().map(withCount(store.tags.counts())) };
  },
  'feedback.createCode': ({ workspaceId, name, parentId }, ctx) =>
    notified(ctx, workspaceId, 'codebook', { code: { ...createCode(ctx.workspaces.store(workspaceId), name, parentId, ctx.actor), items: 0 } }),
  'feedback.renameCode': ({ workspaceId, codeId, name }, ctx) => {
    const store = ctx.workspaces.store(workspaceId);
    return notified(ctx, workspaceId, 'codebook', { code: withCount(store.tags.counts())(renameCode(store, codeId, name, ctx.actor)) });
  },
  'feedback.deleteCode': ({ workspaceId, codeId }, ctx) => {
    deleteCode(ctx.workspaces.store(workspaceId), codeId, ctx.actor);
    return notified(ctx, workspaceId, 'codebook', { ok: true as const });
  },
  'feedback.importCodebook': ({ workspaceId, fileName, dataBase64 }, ctx) =>
    notified(ctx, workspaceId, 'codebook', importCodebook(ctx.workspaces.store(workspaceId), { fileName, bytes: Buffer.from(dataBase64, 'base64') }, ctx.actor, ctx.jobs)),
  'feedback.exportCodebook': ({ workspaceId }, { workspaces }) => {
    const file = exportCodebook(workspaces.store(workspaceId));
    return { fileName: file.fileName, mimeType: file.mimeType, dataBase64: Buffer.from(file.bytes).toString('base64') };
  },
  'feedback.tags': ({ workspaceId, itemIds }, { workspaces }) => ({ tags: workspaces.store(workspaceId).tags.tagsOf(itemIds) }),
  'feedback.tag': ({ workspaceId, itemIds, codeId, setBy }, ctx) =>
    notified(ctx, workspaceId, 'tags', { added: tagItems(ctx.workspaces.store(workspaceId), itemIds, codeId, setBy, ctx.actor) }, () => itemIds),
  'feedback.untag': ({ workspaceId, itemIds, codeId }, ctx) =>
    notified(ctx, workspaceId, 'tags', { removed: untagItems(ctx.workspaces.store(workspaceId), itemIds, codeId, ctx.actor) }, () => itemIds),
  'feedback.suggestTags': ({ workspaceId, itemId }, { workspaces }) => ({ suggestions: suggestTagsFor(workspaces.store(workspaceId), itemId) }),
};
