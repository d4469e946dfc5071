import { toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import { ANCHOR_LIMITS } from '../../../shared/comments/textAnchor.ts';
import { AppError } from '../../../shared/errors.ts';
import type { FeedbackItem } from '../../../shared/feedback/model.ts';
import { wordingSuggestion, type WordingSuggestion } from '../../../shared/feedback/wordingSuggestion.ts';
import type { SuggestionJson } from '../../../shared/rpc/suggestionContract.ts';
import { SUGGESTION_LIMITS } from '../../../shared/suggestions/suggestionLimits.ts';
import type { CommentAuthor } from '../../storage/CommentStore.ts';
import type { NewSuggestion } from '../../storage/SuggestionStore.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { listSuggestions } from '../suggestions/index.ts';
import { readWorkingText } from '../suggestions/workingText.ts';
import { type BlockText, workingBlockTexts } from './workingBlockTexts.ts';

export interface ToSuggestionResult {
  suggestion: SuggestionJson;
  /** False: the comment had a suggestion already, which is returned (one per comment). */
  created: boolean;
}

/**
 * Turns a comment's proposed wording into a suggestion on the working copy (issue 11, "from a
 * comment to a suggestion"): over the text of the block the comment is anchored to, shown as its
 * source organisation's (the person who made it kept as its author), audited. One per comment: a
 * second call returns the one made. Refused with a sentence, and nothing made, when the comment
 * is not anchored, proposes no wording, or its wording is not in its block of the working copy.
 */
export function toSuggestion(store: WorkspaceStore, itemId: string, person: CommentAuthor, live: (documentId: string) => Y.Doc | null): ToSuggestionResult {
  const item = store.feedback.get(itemId);
  const existing = store.suggestions.ofFeedbackItem(itemId);
  if (existing) return { suggestion: listSuggestions(store, existing.documentId, live(existing.documentId)).find((s) => s.id === existing.id)!, created: false };
  const state = store.feedbackAnchors.get(itemId);
  if (!item.anchor || !state || state.state !== 'anchored')
    throw new AppError('conflict', 'Ý kiến này chưa được gắn vào đoạn nào của văn kiện, nên chưa biết sửa ở đâu. Hãy gắn ý kiến (mục “Chưa gắn”) rồi tạo đề xuất.');
  const { documentId } = state;
  const blockIds = item.anchor.blockIds;
  const change = readWorkingText(store, documentId, live(documentId), (ydoc) => changeIn(workingBlockTexts(ydoc, blockIds), item));
  const onBehalfOf = sourceNameOf(store, item);
  return store.transaction(() => {
    if (store.suggestions.count(documentId) >= SUGGESTION_LIMITS.perDocument)
      throw new AppError('conflict', `Văn kiện này đã có ${SUGGESTION_LIMITS.perDocument} đề xuất, mức tối đa. Hãy nhờ người biên tập xử lý bớt các đề xuất.`);
    const id = store.suggestions.insert(documentId, change.suggestion, { author: person.author, authorName: onBehalfOf }, { itemId, onBehalfOf });
    store.audit.record(person.author, 'feedback.to_suggestion', itemId, {
      documentId, suggestionId: id, kind: change.kind, deleted: change.suggestion.deletedText, inserted: change.suggestion.insertedText, onBehalfOf,
    });
    return { suggestion: { ...store.suggestions.get(documentId, id), stale: false, currentText: change.suggestion.deletedText }, created: true };
  });
}

/** The suggestion the comment's wording makes on the first run of its blocks' text it applies to. */
function changeIn(texts: BlockText[], item: FeedbackItem): { suggestion: NewSuggestion; kind: WordingSuggestion['kind'] } {
  if (texts.length === 0) throw new AppError('conflict', 'Đoạn mà ý kiến này gắn vào không còn trong bản làm việc (có thể đã bị xoá). Hãy gắn lại ý kiến rồi tạo đề xuất.');
  let refusal: { refused: 'not_found'; wording: string } | null = null;
  for (const block of texts) {
    const made = wordingSuggestion(item.text, block.plain);
    if ('refused' in made) {
      if (made.refused === 'no_wording')
        throw new AppError('bad_request', 'Ý kiến này không đề xuất câu chữ cụ thể (“sửa … thành …”, “bổ sung …”, “bỏ …”), nên không tạo được đề xuất sửa. Hãy trả lời ý kiến như thường.');
      refusal ??= made;
      continue;
    }
    if (made.deleted.length > SUGGESTION_LIMITS.deleted || made.inserted.length > SUGGESTION_LIMITS.inserted || /[\n\r]/u.test(made.inserted))
      throw new AppError('bad_request', 'Câu chữ ý kiến đề xuất quá dài hoặc nhiều đoạn, không thành một đề xuất sửa được. Hãy gõ đề xuất trong trình soạn thảo.');
    return { suggestion: suggestionOver(block, made), kind: made.kind };
  }
  throw new AppError('conflict', `Không tìm thấy “${refusal!.wording.slice(0, 120)}” trong đoạn mà ý kiến gắn vào của bản làm việc (có thể đã được sửa). Không tạo đề xuất nào; hãy xem lại đoạn văn.`);
}

function suggestionOver(block: BlockText, made: WordingSuggestion): NewSuggestion {
  const position = (index: number) => toBase64(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(block.text, index)));
  const plain = block.plain;
  return {
    anchor: {
      blockId: block.blockId,
      start: position(made.from),
      end: position(made.to),
      quote: made.deleted,
      prefix: plain.slice(Math.max(0, made.from - ANCHOR_LIMITS.context), made.from),
      suffix: plain.slice(made.to, made.to + ANCHOR_LIMITS.context),
      position: 0,
    },
    deletedText: made.deleted,
    insertedText: made.inserted,
  };
}

/** The organisation a comment is from: its registry source's name, else the name as written. */
export function sourceNameOf(store: WorkspaceStore, item: FeedbackItem): string {
  const a = item.attribution;
  if (a.status === 'matched' || a.status === 'manual') return store.sources.get(a.sourceId).name;
  return item.sourceName || 'Đơn vị chưa rõ';
}
