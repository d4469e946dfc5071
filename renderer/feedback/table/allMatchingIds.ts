import { TAG_LIMITS } from '../../../shared/feedback/tags/codebook.ts';
import { WINDOW_LIMIT } from '../../../shared/feedback/table/feedbackQuery.ts';
import { TRIAGE_LIMITS } from '../../../shared/feedback/triage.ts';
import { call } from '../../api/rpcClient.ts';
import type { TableQuery } from './useFeedbackRows.ts';

/** The most comments one selection holds: as many as one bulk tagging and one bulk answer take. */
export const SELECTION_LIMIT = Math.min(TAG_LIMITS.itemsPerTagging, TRIAGE_LIMITS.itemsPerDecision);

/**
 * The ids of the comments that pass the query, in its order, up to SELECTION_LIMIT: read a
 * window at a time (the query's largest), as the table reads its pages. A comment that moves
 * between two windows (someone decided it meanwhile) is counted once.
 */
export async function allMatchingIds(workspaceId: string, query: TableQuery, total: number): Promise<string[]> {
  const wanted = Math.min(total, SELECTION_LIMIT);
  const ids = new Set<string>();
  for (let offset = 0; offset < wanted; offset += WINDOW_LIMIT) {
    const { rows } = await call('feedback.query', { workspaceId, ...query, offset, limit: Math.min(WINDOW_LIMIT, wanted - offset), facets: false });
    for (const row of rows) ids.add(row.id);
    if (rows.length === 0) break;
  }
  return [...ids];
}
