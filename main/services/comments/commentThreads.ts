import { COMMENT_LIMITS } from '../../../shared/comments/commentLimits.ts';
import type { TextAnchor } from '../../../shared/comments/textAnchor.ts';
import { AppError } from '../../../shared/errors.ts';
import type { CommentThreadJson } from '../../../shared/rpc/commentContract.ts';
import type { CommentAuthor } from '../../storage/CommentStore.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';

/**
 * A document's comment threads: who may change what is decided here, on the server, whatever
 * the client shows. A comment is its author's to edit and delete (`forbidden` for anyone else);
 * any commenter may reply, resolve and reopen. Every call names the document, and a thread or
 * comment of another document is `not_found`, as one that never existed.
 */

/** Threads of a live document, oldest first; with `beforeDraft`, those started before that draft was frozen. */
export function listThreads(store: WorkspaceStore, documentId: string, beforeDraft?: number): CommentThreadJson[] {
  store.documents.get(documentId);
  const before = beforeDraft === undefined ? undefined : store.drafts.get(documentId, beforeDraft).createdAt;
  return store.comments.list(documentId, before);
}

export function createThread(store: WorkspaceStore, documentId: string, anchor: TextAnchor, body: string, author: CommentAuthor): CommentThreadJson {
  return store.transaction(() => {
    store.documents.get(documentId);
    if (store.comments.countThreads(documentId) >= COMMENT_LIMITS.threadsPerDocument)
      throw new AppError('conflict', `Văn kiện này đã có ${COMMENT_LIMITS.threadsPerDocument} chuỗi góp ý, mức tối đa. Hãy xoá bớt những chuỗi đã giải quyết xong.`);
    return store.comments.thread(documentId, store.comments.insertThread(documentId, anchor, { ...author, body }));
  });
}

export function replyToThread(store: WorkspaceStore, documentId: string, threadId: string, body: string, author: CommentAuthor): CommentThreadJson {
  return store.transaction(() => {
    const thread = store.comments.thread(documentId, threadId);
    if (thread.comments.length >= COMMENT_LIMITS.commentsPerThread)
      throw new AppError('conflict', `Chuỗi góp ý này đã có ${COMMENT_LIMITS.commentsPerThread} ý kiến, mức tối đa. Hãy mở một góp ý mới trên đoạn văn.`);
    store.comments.insertComment(threadId, { ...author, body });
    return store.comments.thread(documentId, threadId);
  });
}

export function editComment(store: WorkspaceStore, documentId: string, commentId: string, body: string, by: string): CommentThreadJson {
  return store.transaction(() => {
    const thread = store.comments.threadOfComment(documentId, commentId);
    ownComment(thread, commentId, by, 'sửa');
    store.comments.editComment(commentId, body);
    return store.comments.thread(documentId, thread.id);
  });
}

/** Deletes the author's comment; the first one takes its thread, and is refused once others replied. */
export function deleteComment(store: WorkspaceStore, documentId: string, commentId: string, by: string): CommentThreadJson | null {
  return store.transaction(() => {
    const thread = store.comments.threadOfComment(documentId, commentId);
    ownComment(thread, commentId, by, 'xoá');
    const first = thread.comments[0].id === commentId;
    if (first && thread.comments.some((c) => c.author !== by))
      throw new AppError('conflict', 'Không xoá được góp ý này vì người khác đã trả lời. Hãy sửa nội dung, hoặc đánh dấu đã giải quyết.');
    if (first) store.comments.deleteThread(thread.id);
    else store.comments.deleteComment(commentId);
    store.audit.record(by, 'comment.delete', documentId, { threadId: thread.id, commentId, thread: first });
    return first ? null : store.comments.thread(documentId, thread.id);
  });
}

export function resolveThread(store: WorkspaceStore, documentId: string, threadId: string, resolved: boolean, by: CommentAuthor): CommentThreadJson {
  return store.transaction(() => {
    const thread = store.comments.thread(documentId, threadId);
    if ((thread.status === 'resolved') === resolved) return thread;
    store.comments.setStatus(threadId, resolved, by);
    store.audit.record(by.author, resolved ? 'comment.resolve' : 'comment.reopen', documentId, { threadId, quote: thread.anchor.quote });
    return store.comments.thread(documentId, threadId);
  });
}

function ownComment(thread: CommentThreadJson, commentId: string, by: string, verb: string): void {
  const comment = thread.comments.find((c) => c.id === commentId)!;
  if (comment.author !== by) throw new AppError('forbidden', `Chỉ người viết mới ${verb} được ý kiến này.`);
}
