import type { feedbackTagContract } from '../../../shared/rpc/feedbackTagContract.ts';
import { createCode, deleteCode, exportCodebook, importCodebook, renameCode, suggestTagsFor, tagItems, untagItems } from '../../services/feedback/tagFeedback.ts';
import type { HandlersFor } from './handlers.ts';

const withCount = (count: Map<string, number>) => <C extends { id: string }>(code: C) => ({ ...code, items: count.get(code.id) ?? 0 });

export const feedbackTagHandlers: HandlersFor<keyof typeof feedbackTagContract> = {
  'feedback.codebook': ({ workspaceId }, { workspaces }) => {
    const store = workspaces.store(workspaceId);
    return { codes: store.tags.codes().map(withCount(store.tags.counts())) };
  },
  'feedback.createCode': ({ workspaceId, name, parentId }, { workspaces, actor }) => ({ code: { ...createCode(workspaces.store(workspaceId), name, parentId, actor), items: 0 } }),
  'feedback.renameCode': ({ workspaceId, codeId, name }, { workspaces, actor }) => {
    const store = workspaces.store(workspaceId);
    return { code: withCount(store.tags.counts())(renameCode(store, codeId, name, actor)) };
  },
  'feedback.deleteCode': ({ workspaceId, codeId }, { workspaces, actor }) => {
    deleteCode(workspaces.store(workspaceId), codeId, actor);
    return { ok: true as const };
  },
  'feedback.importCodebook': ({ workspaceId, fileName, dataBase64 }, { workspaces, actor, jobs }) =>
    importCodebook(workspaces.store(workspaceId), { fileName, bytes: Buffer.from(dataBase64, 'base64') }, actor, jobs),
  'feedback.exportCodebook': ({ workspaceId }, { workspaces }) => {
    const file = exportCodebook(workspaces.store(workspaceId));
    return { fileName: file.fileName, mimeType: file.mimeType, dataBase64: Buffer.from(file.bytes).toString('base64') };
  },
  'feedback.tags': ({ workspaceId, itemIds }, { workspaces }) => ({ tags: workspaces.store(workspaceId).tags.tagsOf(itemIds) }),
  'feedback.tag': ({ workspaceId, itemIds, codeId, setBy }, { workspaces, actor }) => ({ added: tagItems(workspaces.store(workspaceId), itemIds, codeId, setBy, actor) }),
  'feedback.untag': ({ workspaceId, itemIds, codeId }, { workspaces, actor }) => ({ removed: untagItems(workspaces.store(workspaceId), itemIds, codeId, actor) }),
  'feedback.suggestTags': ({ workspaceId, itemId }, { workspaces }) => ({ suggestions: suggestTagsFor(workspaces.store(workspaceId), itemId) }),
};
