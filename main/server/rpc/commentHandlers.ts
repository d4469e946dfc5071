import { COMMENTS_CHANGED } from '../../../shared/rpc/protocol.ts';
import type { commentContract } from '../../../shared/rpc/commentContract.ts';
import { commentAuthor, createThread, deleteComment, editComment, listThreads, replyToThread, resolveThread } from '../../services/comments/index.ts';
import type { HandlersFor, RpcContext } from './handlers.ts';

/** After a committed change, everyone with the document open is told to read its threads again. */
function changed<T>(ctx: RpcContext, workspaceId: string, documentId: string, result: T): T {
  ctx.sync.notifyDocument(workspaceId, documentId, COMMENTS_CHANGED);
  return result;
}

/** The comment slice: the author is always the caller the server authenticated. */
export const commentHandlers: HandlersFor<keyof typeof commentContract> = {
  'comment.list': ({ workspaceId, documentId, beforeDraft }, { workspaces }) => ({
    threads: listThreads(workspaces.store(workspaceId), documentId, beforeDraft),
  }),
  'comment.create': ({ workspaceId, documentId, anchor, body }, ctx) =>
    changed(ctx, workspaceId, documentId, { thread: createThread(ctx.workspaces.store(workspaceId), documentId, anchor, body, commentAuthor(ctx.caller)) }),
  'comment.reply': ({ workspaceId, documentId, threadId, body }, ctx) =>
    changed(ctx, workspaceId, documentId, { thread: replyToThread(ctx.workspaces.store(workspaceId), documentId, threadId, body, commentAuthor(ctx.caller)) }),
  'comment.edit': ({ workspaceId, documentId, commentId, body }, ctx) =>
    changed(ctx, workspaceId, documentId, { thread: editComment(ctx.workspaces.store(workspaceId), documentId, commentId, body, commentAuthor(ctx.caller).author) }),
  'comment.delete': ({ workspaceId, documentId, commentId }, ctx) =>
    changed(ctx, workspaceId, documentId, { thread: deleteComment(ctx.workspaces.store(workspaceId), documentId, commentId, commentAuthor(ctx.caller).author) }),
  'comment.resolve': ({ workspaceId, documentId, threadId, resolved }, ctx) =>
    changed(ctx, workspaceId, documentId, { thread: resolveThread(ctx.workspaces.store(workspaceId), documentId, threadId, resolved, commentAuthor(ctx.caller)) }),
};
