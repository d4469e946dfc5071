import { z } from 'zod';
import { ANY_ROLE_IN_WORKSPACE, DRAFTERS, inWorkspace } from '../accounts/access.ts';
import { ANCHOR_LIMITS } from '../comments/textAnchor.ts';
import { SUGGESTION_LIMITS } from '../suggestions/suggestionLimits.ts';
import { toNFC } from '../text/normalize.ts';
import { documentId } from './documentContract.ts';
import { method } from './method.ts';
import { multilineText } from './textFields.ts';
import { workspaceId } from './workspaceContract.ts';

/** Who may suggest wording: those who read the text closely to change it (compilers and admins only read). */
export const SUGGESTERS = inWorkspace('drafter', 'reviewer');
/** Who decides on suggestions: those who may change the text. */
export const SUGGESTION_DECIDERS = DRAFTERS;

const relativePosition = z.base64({ error: 'Vị trí của đề xuất không hợp lệ. Hãy đặt lại con trỏ và gõ lại.' }).max(ANCHOR_LIMITS.relativePosition);
const context = z.string().transform(toNFC).pipe(z.string().max(ANCHOR_LIMITS.context * 2, 'Phần chữ quanh đề xuất quá dài.'));
const singleLine = (what: string, max: number) =>
  multilineText(what, max).refine((text) => !/[\n\r]/.test(text), `${what} phải nằm trong một đoạn văn (không xuống dòng). Hãy đề xuất riêng cho từng đoạn.`);

/**
 * A suggestion's anchor: the shape of a comment's (shared/comments/textAnchor.ts), whose quote is
 * the text the suggestion deletes, so it may be empty (an insertion at one point).
 */
export const suggestionAnchor = z.strictObject({
  blockId: z.string().max(64, 'Mã khối của đề xuất không hợp lệ.'),
  start: relativePosition,
  end: relativePosition,
  quote: singleLine('Đoạn chữ được đề xuất xoá', SUGGESTION_LIMITS.deleted),
  prefix: context,
  suffix: context,
  position: z.number().int().min(0).max(100_000_000),
});

const deletedText = singleLine('Đoạn chữ được đề xuất xoá', SUGGESTION_LIMITS.deleted);
const insertedText = singleLine('Chữ được đề xuất thêm', SUGGESTION_LIMITS.inserted);
const suggestionId = z.uuid({ error: 'Mã đề xuất không hợp lệ.' });

export const suggestion = z.object({
  id: z.string(),
  documentId: z.string(),
  /** The account name of who made it ('local' on a local server), set by the server. */
  author: z.string(),
  /** The name shown ('' on a local server, which knows no names). */
  authorName: z.string(),
  createdAt: z.string(),
  anchor: suggestionAnchor,
  deletedText: z.string(),
  insertedText: z.string(),
  status: z.enum(['open', 'accepted', 'rejected']),
  decidedBy: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  /** Made from a comment (feedback.toSuggestion): the organisation it is shown as, and the comment; null otherwise. */
  onBehalfOf: z.string().nullable(),
  fromFeedbackItemId: z.string().nullable(),
  /**
   * For an open suggestion, read from the live document when listed: whether the text it was made
   * on (`deletedText`) is no longer what its anchor holds, and what it holds now (`currentText`,
   * null when its anchor no longer holds one run of text). False and null once decided.
   */
  stale: z.boolean(),
  currentText: z.string().nullable(),
});
export type SuggestionJson = z.infer<typeof suggestion>;

const ref = { workspaceId, documentId };
const one = z.object({ suggestion });
/** Every open suggestion, or only one person's (their account name). */
const scope = z.object({ ...ref, author: z.string().max(64, 'Tên người đề xuất không hợp lệ.').optional() });

/** The suggestion slice of the RPC contract: proposed wording, stored apart from the Y.Doc until a drafter accepts it. */
export const suggestionContract = {
  /** A document's suggestions, oldest first, the open ones with their state in the live text. */
  'suggestion.list': method(z.object(ref), z.object({ suggestions: z.array(suggestion) }), ANY_ROLE_IN_WORKSPACE),
  'suggestion.create': method(
    z
      .object({ ...ref, anchor: suggestionAnchor, deletedText, insertedText })
      .refine((s) => s.deletedText === s.anchor.quote, { message: 'Đoạn chữ được đề xuất xoá không khớp với vị trí của đề xuất. Hãy gõ lại đề xuất.', path: ['deletedText'] })
      .refine((s) => s.deletedText !== s.insertedText, { message: 'Đề xuất không thay đổi gì. Hãy gõ chữ thêm hoặc chọn chữ cần xoá.', path: ['insertedText'] }),
    one,
    SUGGESTERS,
  ),
  /**
   * Applies it to the live text in one edit. A stale one is not applied (`applied` false): the
   * reply shows its text and the current one; `current`, the text the drafter saw, accepts it
   * anyway over exactly that text (refused again as stale if the text moved on meanwhile).
   */
  'suggestion.accept': method(
    z.object({ ...ref, suggestionId, current: singleLine('Đoạn chữ hiện tại', SUGGESTION_LIMITS.deleted).optional() }),
    z.object({ suggestion, applied: z.boolean() }),
    SUGGESTION_DECIDERS,
  ),
  'suggestion.reject': method(z.object({ ...ref, suggestionId }), one, SUGGESTION_DECIDERS),
  /** Applies every open suggestion (or one author's) that is not stale, in one edit; the stale ones stay open. */
  'suggestion.acceptAll': method(scope, z.object({ accepted: z.array(z.string()), stale: z.array(suggestion) }), SUGGESTION_DECIDERS),
  'suggestion.rejectAll': method(scope, z.object({ rejected: z.array(z.string()) }), SUGGESTION_DECIDERS),
};
