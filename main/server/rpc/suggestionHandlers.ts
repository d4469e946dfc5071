import { SUGGESTIONS_CHANGED } from '../../../shared/rpc/protocol.ts';
import type { suggestionContract } from '../../../shared/rpc/suggestionContract.ts';
import { commentAuthor } from '../../services/comments/index.ts';
import { acceptAll, acceptSuggestion, createSuggestion, listSuggestions, rejectAll, rejectSuggestion } from '../../services/suggestions/index.ts';
import { notified } from './feedbackNotify.ts';
import type { HandlersFor, RpcContext } from './handlers.ts';

/** After a committed change, everyone with the document open is told to read its suggestions again. */
function changed<T>(ctx: RpcContext, workspaceId: string, documentId: string, result: T): T {
  ctx.sync.notifyDocument(workspaceId, documentId, SUGGESTIONS_CHANGED);
  return result;
}

/** The feedback pages are told which comments an acceptance linked (suggestions made from comments). */
function linkedTold<T>(ctx: RpcContext, workspaceId: string, accepted: readonly string[], result: T): T {
  const store = ctx.workspaces.store(workspaceId);
  const items = accepted.flatMap((id) => store.feedbackLinks.itemsOfSuggestion(id));
  return items.length > 0 ? notified(ctx, workspaceId, 'links', result, () => items) : result;
}

/** Runs an edit on a document's live working copy (accepting suggestions). */
const transactOf = (ctx: RpcContext, workspaceId: string, documentId: string) => (origin: string, change: Parameters<RpcContext['sync']['transactDocument']>[3]) =>
  ctx.sync.transactDocument(workspaceId, documentId, origin, change);

/** The suggestion slice: the author and who decides are always the caller the server authenticated. */
export const suggestionHandlers: HandlersFor<keyof typeof suggestionContract> = {
  'suggestion.list': ({ workspaceId, documentId }, { workspaces, sync }) => ({
    suggestions: listSuggestions(workspaces.store(workspaceId), documentId, sync.liveDocument(workspaceId, documentId)),
  }),
  'suggestion.create': ({ workspaceId, documentId, anchor, deletedText, insertedText }, ctx) => {
    const store = ctx.workspaces.store(workspaceId);
    const made = createSuggestion(store, documentId, { anchor, deletedText, insertedText }, commentAuthor(ctx.caller), ctx.sync.liveDocument(workspaceId, documentId));
    return changed(ctx, workspaceId, documentId, { suggestion: made });
  },
  'suggestion.accept': async ({ workspaceId, documentId, suggestionId, current }, ctx) => {
    const result = await acceptSuggestion(ctx.workspaces.store(workspaceId), documentId, suggestionId, commentAuthor(ctx.caller), transactOf(ctx, workspaceId, documentId), current);
    return result.applied ? linkedTold(ctx, workspaceId, [suggestionId], changed(ctx, workspaceId, documentId, result)) : result;
  },
  'suggestion.reject': ({ workspaceId, documentId, suggestionId }, ctx) =>
    changed(ctx, workspaceId, documentId, { suggestion: rejectSuggestion(ctx.workspaces.store(workspaceId), documentId, suggestionId, commentAuthor(ctx.caller)) }),
  'suggestion.acceptAll': async ({ workspaceId, documentId, author }, ctx) => {
    const result = await acceptAll(ctx.workspaces.store(workspaceId), documentId, commentAuthor(ctx.caller), transactOf(ctx, workspaceId, documentId), author);
    return linkedTold(ctx, workspaceId, result.accepted, changed(ctx, workspaceId, documentId, result));
  },
  'suggestion.rejectAll': ({ workspaceId, documentId, author }, ctx) =>
    changed(ctx, workspaceId, documentId, { rejected: rejectAll(ctx.workspaces.store(workspaceId), documentId, commentAuthor(ctx.caller), author) }),
};
