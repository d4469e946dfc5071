import { AppError } from '../../../shared/errors.ts';

/**
 * Refuses to make `wanted` a document's draft number unless it is the next one after `last`
 * (0 when there is none): drafts are numbered 1..N without gaps, and a frozen draft is never
 * replaced. The sentence says which number the file can take.
 */
export function assertNextDraft(last: number, wanted: number): void {
  if (wanted === last + 1) return;
  const next = `lần ${last + 1}`;
  throw new AppError(
    'draft_number_not_next',
    wanted <= last
      ? `Văn kiện này đã có Dự thảo lần ${wanted}; một dự thảo đã chốt không thay được. Tệp chỉ nhập được làm Dự thảo ${next} (--draft ${last + 1}).`
      : `Văn kiện này ${last === 0 ? 'chưa có dự thảo nào' : `mới có đến Dự thảo lần ${last}`}; dự thảo được đánh số liên tiếp, nên tệp chỉ nhập được làm Dự thảo ${next} (--draft ${last + 1}).`,
  );
}
