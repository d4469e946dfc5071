import { AppError } from '../../../shared/errors.ts';
import { attributedSource } from '../../../shared/feedback/attributedSource.ts';
import type { Attribution, FeedbackAnchor } from '../../../shared/feedback/model.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';

/**
 * Guards for a person's anchor and source on a comment, as the decision's version guards its
 * decision (FeedbackTriageStore.decide): the compiler sends what they saw, and a change made
 * meanwhile by another compiler (or an anchoring run) is refused as `conflict`, nothing written,
 * with a message naming who changed it and what to do.
 */

/** Whether the item is still anchored to the blocks the compiler saw (null: not anchored), in any order. */
export function sameAnchor(expected: readonly string[] | null, current: FeedbackAnchor | null): boolean {
  if (expected === null || current === null) return expected === current;
  const seen = new Set(expected);
  return seen.size === new Set(current.blockIds).size && current.blockIds.every((id) => seen.has(id));
}

/** Turns a stored actor into the name people read (main/services/accounts/displayNameOf.ts); null for a local server's owner. */
export type NameOf = (actor: string) => string | null;

/**
 * Who last made `action` on the item, as its audit log says, in the words of the message: the
 * person's name; this person in another window when it was a local server's owner (no name);
 * null when the log says nothing (an import, a run).
 */
function lastActor(store: WorkspaceStore, action: string, itemId: string, nameOf: NameOf): string | null {
  const [entry] = store.audit.entries({ action, subject: itemId, limit: 1 });
  if (!entry) return null;
  return nameOf(entry.actor) ?? 'bạn ở một cửa sổ khác';
}

export function anchorConflict(store: WorkspaceStore, itemId: string, current: FeedbackAnchor | null, nameOf: NameOf): AppError {
  const by = current?.evidence.includes('manual') ? lastActor(store, 'feedback.anchor', itemId, nameOf) : null;
  const who = by ? `vừa được ${by}` : 'vừa được người khác (hoặc một lần gắn tự động)';
  const what = current === null ? 'gỡ chỗ gắn' : 'gắn vào đoạn khác';
  return new AppError('conflict', `Ý kiến này ${who} ${what}; chỗ gắn bạn chọn chưa được ghi để không ghi đè lên họ. Hãy xem chỗ gắn mới rồi gắn lại nếu vẫn cần.`);
}

export function sourceConflict(store: WorkspaceStore, itemId: string, current: Attribution, nameOf: NameOf): AppError {
  const sourceId = attributedSource(current);
  const by = current.status === 'manual' ? lastActor(store, 'feedback.attribute', itemId, nameOf) : null;
  const name = sourceId === null ? null : store.sources.list().find((s) => s.id === sourceId)?.name ?? null;
  const who = by ? `vừa được ${by}` : 'vừa được người khác';
  const what = name ? `gán cho đơn vị «${name}»` : 'đổi đơn vị gửi';
  return new AppError('conflict', `Ý kiến này ${who} ${what}; đơn vị bạn chọn chưa được ghi để không ghi đè lên họ. Hãy xem đơn vị mới rồi chọn lại nếu vẫn cần.`);
}
