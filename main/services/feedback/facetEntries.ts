import type { FacetEntry, FeedbackDimension } from '../../../shared/feedback/table/feedbackQuery.ts';

const COLLATOR = new Intl.Collator('vi', { numeric: true });
/** Dimensions whose every value is listed, 0 or not: a short fixed list reads better whole. */
const LISTED_WHOLE: ReadonlySet<FeedbackDimension> = new Set(['status', 'theme']);

/**
 * A dimension's facet: its values with a count (and those chosen, even at 0), in the order the
 * dimension reads — codes in their fixed order (status, level, theme: coded first in that order),
 * sections in draft order, drafts by number, names by Vietnamese collation — and '' (none) last.
 */
export function facetEntries(
  dim: FeedbackDimension,
  values: readonly string[],
  counts: Int32Array,
  chosen: readonly string[],
  labelOf: (value: string) => string,
  sectionOrder: (value: string) => number,
): FacetEntry[] {
  const picked = new Set(chosen);
  const entries = values
    .map((value, code) => ({ value, label: labelOf(value), count: counts[code] ?? 0 }))
    .filter((e) => e.count > 0 || picked.has(e.value) || LISTED_WHOLE.has(dim));
  const none = entries.filter((e) => e.value === '');
  const some = entries.filter((e) => e.value !== '');
  if (dim === 'section') some.sort((a, b) => sectionOrder(a.value) - sectionOrder(b.value));
  if (dim === 'draft') some.sort((a, b) => Number(a.value) - Number(b.value));
  if (dim === 'source' || dim === 'document') some.sort((a, b) => COLLATOR.compare(a.label, b.label));
  return [...some, ...none];
}
