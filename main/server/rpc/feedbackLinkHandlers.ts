import { SUGGESTIONS_CHANGED } from '../../../shared/rpc/protocol.ts';
import type { feedbackLinkContract } from '../../../shared/rpc/feedbackLinkContract.ts';
import { commentAuthor } from '../../services/comments/index.ts';
import { itemLinks } from '../../services/feedback/itemLinks.ts';
import { linkCandidates } from '../../services/feedback/linkCandidates.ts';
import { linkChange, unlinkChange } from '../../services/feedback/linkChange.ts';
import { toSuggestion } from '../../services/feedback/toSuggestion.ts';
import { notified } from './feedbackNotify.ts';
import type { HandlersFor } from './handlers.ts';

/** A comment and the change that answered it: its suggestion, its links. The actor is always the caller the server authenticated. */
export const feedbackLinkHandlers: HandlersFor<keyof typeof feedbackLinkContract> = {
  'feedback.toSuggestion': ({ workspaceId, itemId }, ctx) => {
    const result = toSuggestion(ctx.workspaces.store(workspaceId), itemId, commentAuthor(ctx.caller), (documentId) => ctx.sync.liveDocument(workspaceId, documentId));
    if (result.created) ctx.sync.notifyDocument(workspaceId, result.suggestion.documentId, SUGGESTIONS_CHANGED);
    return notified(ctx, workspaceId, 'links', result, () => [itemId]);
  },
  'feedback.links': ({ workspaceId, itemId }, { workspaces }) => itemLinks(workspaces.store(workspaceId), itemId),
  'feedback.linkCandidates': ({ workspaceId, itemId }, { workspaces }) => {
    const { documentId, older, newer, changes } = linkCandidates(workspaces.store(workspaceId), itemId);
    return { documentId, older, newer, changes };
  },
  'feedback.linkChange': ({ workspaceId, itemId, olderBlockId, newerBlockId }, ctx) =>
    notified(ctx, workspaceId, 'links', { link: linkChange(ctx.workspaces.store(workspaceId), itemId, { olderBlockId, newerBlockId }, ctx.actor) }, () => [itemId]),
  'feedback.unlink': ({ workspaceId, linkId }, ctx) =>
    notified(ctx, workspaceId, 'links', { link: unlinkChange(ctx.workspaces.store(workspaceId), linkId, ctx.actor) }, (r) => [r.link.itemId]),
};
