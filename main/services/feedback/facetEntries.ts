import type { FacetEntry, FeedbackDimension } from '../../../shared/feedback/table/feedbackQuery.ts';

const COLLATOR = new Intl.Collator('vi', { numeric: true });
/** Dimensions whose every value is listed, 0 or not: a short fixed list reads better whole. */
const LISTED_WHOLE: ReadonlySet<FeedbackDimension> = new Set(['status', 'tag']);
/** Clusters listed in a facet, the largest (and those chosen): a workspace has thousands. */
export const CLUSTERS_LISTED = 50;

/**
 * A dimension's facet: its values with a count (and those chosen, even at 0), in the order the
 * dimension reads — codes in their fixed order (status, level: coded first in that order),
 * sections in draft order, tags in codebook order (every code, 0 or not; one no longer in the
 * codebook only while an item has it), clusters largest first (CLUSTERS_LISTED of them), drafts by
 * number, names by Vietnamese collation — and '' (none) last.
 */
export function facetEntries(
  dim: FeedbackDimension,
  values: readonly string[],
  counts: Int32Array,
  chosen: readonly string[],
  labelOf: (value: string) => string,
  placeOf: (value: string) => number,
): FacetEntry[] {
  const picked = new Set(chosen);
  const entries = values
    .map((value, code) => ({ value, label: labelOf(value), count: counts[code] ?? 0 }))
    .filter((e) => e.count > 0 || picked.has(e.value) || (LISTED_WHOLE.has(dim) && (e.value === '' || e.label !== '' || dim !== 'tag')));
  const none = entries.filter((e) => e.value === '');
  let some = entries.filter((e) => e.value !== '');
  if (dim === 'section' || dim === 'tag') some.sort((a, b) => placeOf(a.value) - placeOf(b.value));
  if (dim === 'cluster') some = some.sort((a, b) => b.count - a.count).filter((e, i) => i < CLUSTERS_LISTED || picked.has(e.value));
  if (dim === 'draft') some.sort((a, b) => Number(a.value) - Number(b.value));
  if (dim === 'source' || dim === 'document' || dim === 'assignee') some.sort((a, b) => COLLATOR.compare(a.label, b.label));
  return [...some, ...none];
}
