import type { FeedbackFacets, FeedbackFilters, FeedbackRow, FeedbackSort } from '../../../shared/feedback/table/feedbackQuery.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { feedbackIndexOf } from './feedbackIndexOf.ts';

export interface FeedbackQuery {
  filters: FeedbackFilters;
  search: string;
  sort: FeedbackSort;
  offset: number;
  limit: number;
  /** Whether to send the facet counts (the table asks once per query, not for every window). */
  facets: boolean;
}

/** A window of the items that pass a query, with their total, the workspace's, and the facets. */
export function queryFeedback(store: WorkspaceStore, query: FeedbackQuery): { rows: FeedbackRow[]; total: number; all: number; facets: FeedbackFacets | null } {
  const index = feedbackIndexOf(store);
  const matched = index.match(query.filters, query.search);
  return {
    rows: index.window(matched, query.sort, query.offset, query.limit),
    total: matched.total,
    all: index.size,
    facets: query.facets ? index.facets(matched, query.filters) : null,
  };
}
