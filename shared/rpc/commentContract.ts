import { z } from 'zod';
import { ANY_ROLE_IN_WORKSPACE, inWorkspace } from '../accounts/access.ts';
import { ANCHOR_LIMITS } from '../comments/textAnchor.ts';
import { COMMENT_LIMITS } from '../comments/commentLimits.ts';
import { toNFC } from '../text/normalize.ts';
import { documentId } from './documentContract.ts';
import { method } from './method.ts';
import { multilineText } from './textFields.ts';
import { workspaceId } from './workspaceContract.ts';

/** Who may write comments: everyone who reads the text closely; admins only read them. */
export const COMMENTERS = inWorkspace('drafter', 'reviewer', 'compiler');

const relativePosition = z.base64({ error: 'Vị trí của đoạn được góp ý không hợp lệ. Hãy chọn lại đoạn văn.' }).max(ANCHOR_LIMITS.relativePosition);
const context = z.string().transform(toNFC).pipe(z.string().max(ANCHOR_LIMITS.context * 2, 'Phần chữ quanh đoạn được góp ý quá dài.'));

/** A text anchor (shared/comments/textAnchor.ts) as the client sends and the server stores it. */
export const textAnchor = z.strictObject({
  blockId: z.string().max(64, 'Mã khối của đoạn được góp ý không hợp lệ.'),
  start: relativePosition,
  end: relativePosition,
  quote: multilineText('Đoạn được góp ý', ANCHOR_LIMITS.quote).refine((text) => text.trim() !== '', 'Hãy chọn một đoạn có chữ để góp ý.'),
  prefix: context,
  suffix: context,
  position: z.number().int().min(0).max(100_000_000),
});

const body = multilineText('Nội dung góp ý', COMMENT_LIMITS.body).refine((text) => text.trim() !== '', 'Nội dung góp ý không được để trống.');
const threadId = z.uuid();
const commentId = z.uuid();

export const comment = z.object({
  id: z.string(),
  /** The account name of who wrote it ('local' on a local server): whose it is to edit and delete. */
  author: z.string(),
  /** The name shown ('' on a local server, which knows no names). */
  authorName: z.string(),
  body: z.string(),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
});
export type CommentJson = z.infer<typeof comment>;

export const commentThread = z.object({
  id: z.string(),
  documentId: z.string(),
  anchor: textAnchor,
  status: z.enum(['open', 'resolved']),
  resolvedBy: z.string().nullable(),
  /** The name shown for who resolved it ('' on a local server). */
  resolvedByName: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  createdAt: z.string(),
  /** Oldest first; the first is the comment the thread was started with. */
  comments: z.array(comment),
});
export type CommentThreadJson = z.infer<typeof commentThread>;

const ref = { workspaceId, documentId };
const one = z.object({ thread: commentThread });

/** The comment slice of the RPC contract: threads on ranges of a document's text, stored apart from its Y.Doc. */
export const commentContract = {
  /** A document's threads, oldest first; with `beforeDraft`, those started before that draft was frozen. */
  'comment.list': method(z.object({ ...ref, beforeDraft: z.number().int().positive().optional() }), z.object({ threads: z.array(commentThread) }), ANY_ROLE_IN_WORKSPACE),
  'comment.create': method(z.object({ ...ref, anchor: textAnchor, body }), one, COMMENTERS),
  'comment.reply': method(z.object({ ...ref, threadId, body }), one, COMMENTERS),
  /** Only the comment's author may edit it. */
  'comment.edit': method(z.object({ ...ref, commentId, body }), one, COMMENTERS),
  /** Only the author; the first comment takes its thread with it, refused when others replied. */
  'comment.delete': method(z.object({ ...ref, commentId }), z.object({ thread: commentThread.nullable() }), COMMENTERS),
  'comment.resolve': method(z.object({ ...ref, threadId, resolved: z.boolean() }), one, COMMENTERS),
};
