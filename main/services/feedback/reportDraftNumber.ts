import { AppError } from '../../../shared/errors.ts';
import type { FeedbackItem } from '../../../shared/feedback/model.ts';

/** The draft a comment was written against: as its file said, else the draft it was anchored on. */
export const draftOfItem = (item: Pick<FeedbackItem, 'draftNumber' | 'anchor'>): number | null => item.draftNumber ?? item.anchor?.draftNumber ?? null;

/**
 * Which draft a synthesis report is about, and which of the document's comments it takes. Asked
 * for a draft: that one (refused when the document neither has it nor has comments on it). By
 * default: the latest draft that comments name, else the document's last stored draft, else none
 * (the working copy). A comment that names no draft is taken into the report on the latest draft,
 * the round being answered now; never into an older one's.
 */
export function reportDraftNumber(items: readonly FeedbackItem[], stored: readonly number[], requested: number | undefined): { draftNumber: number | null; items: FeedbackItem[] } {
  const named = items.map(draftOfItem).filter((n): n is number => n !== null);
  const latest = named.length > 0 ? named.reduce((a, b) => Math.max(a, b)) : (stored.at(-1) ?? null);
  if (requested !== undefined && !stored.includes(requested) && !named.includes(requested)) {
    const drafts = stored.length > 0 ? `Văn kiện có các dự thảo: ${stored.map((n) => `lần ${n}`).join(', ')}.` : 'Văn kiện chưa có dự thảo nào.';
    throw new AppError('not_found', `Không có Dự thảo lần ${requested} và cũng không có ý kiến nào góp vào dự thảo đó. ${drafts}`);
  }
  const draftNumber = requested ?? latest;
  const newest = Math.max(latest ?? 0, stored.at(-1) ?? 0);
  const takesUnnamed = draftNumber === null || draftNumber >= newest;
  return { draftNumber, items: items.filter((item) => { const n = draftOfItem(item); return n === null ? takesUnnamed : n === draftNumber; }) };
}
