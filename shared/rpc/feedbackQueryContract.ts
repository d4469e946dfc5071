import { z } from 'zod';
import { ANY_ROLE_IN_WORKSPACE } from '../accounts/access.ts';
import { FEEDBACK_STATUSES, SOURCE_LEVELS } from '../feedback/model.ts';
import { FEEDBACK_DIMENSIONS, FEEDBACK_SORTS, WINDOW_LIMIT } from '../feedback/table/feedbackQuery.ts';
import { feedbackItem } from './feedbackContract.ts';
import { method } from './method.ts';
import { workspaceId } from './workspaceContract.ts';

const values = z.array(z.string().max(300)).max(500);

/** Per dimension, the values kept; absent or empty keeps everything. */
export const feedbackFilters = z.object(Object.fromEntries(FEEDBACK_DIMENSIONS.map((d) => [d, values.optional()])) as Record<(typeof FEEDBACK_DIMENSIONS)[number], z.ZodOptional<typeof values>>);

const facetEntry = z.object({ value: z.string(), label: z.string(), count: z.number().int() });
const facetList = z.array(facetEntry);
const facets = z.object(Object.fromEntries(FEEDBACK_DIMENSIONS.map((d) => [d, facetList])) as Record<(typeof FEEDBACK_DIMENSIONS)[number], typeof facetList>);

export const feedbackRow = z.object({
  id: z.string(), text: z.string(), sourceName: z.string(), sourceLabel: z.string(), level: z.enum(SOURCE_LEVELS).or(z.literal('')),
  status: z.enum(FEEDBACK_STATUSES), sectionLabel: z.string(), tags: z.array(z.string()), assignee: z.string().nullable(),
  clusterId: z.string().nullable(), clusterSize: z.number().int(), documentTitle: z.string().nullable(),
  draftNumber: z.number().int().nullable(), location: z.string().nullable(), anchored: z.boolean(), createdAt: z.string(),
});

const anchorBlock = z.object({ id: z.string(), number: z.string().nullable(), text: z.string() });

/**
 * Reading the feedback table and dashboard (issue 11, "Views"), from the server's in-memory
 * index of a workspace's items: every role of the workspace may read.
 */
export const feedbackQueryContract = {
  /** A window of the items that pass the filters and the search, in the sort's order, with the total and (unless `facets: false`) the facet counts. */
  'feedback.query': method(
    z.object({
      workspaceId,
      filters: feedbackFilters.default({}),
      search: z.string().max(300).default(''),
      sort: z.object({ by: z.enum(FEEDBACK_SORTS), direction: z.enum(['asc', 'desc']) }).default({ by: 'received', direction: 'asc' }),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(WINDOW_LIMIT).default(100),
      facets: z.boolean().default(true),
    }),
    z.object({ rows: z.array(feedbackRow), total: z.number().int(), all: z.number().int(), facets: facets.nullable() }),
    ANY_ROLE_IN_WORKSPACE,
  ),
  /** One item whole, with its anchor's section and blocks as the anchored draft has them (`orphaned` when they are gone). */
  'feedback.itemDetail': method(
    z.object({ workspaceId, itemId: z.string().min(1).max(100) }),
    z.object({ item: feedbackItem, section: z.string().nullable(), blocks: z.array(anchorBlock), orphaned: z.boolean() }),
    ANY_ROLE_IN_WORKSPACE,
  ),
  /** The dashboard's aggregates over the items that pass the filters. */
  'feedback.dashboard': method(
    z.object({ workspaceId, filters: feedbackFilters.default({}) }),
    z.object({
      total: z.number().int(),
      bySection: facetList,
      byLevel: facetList,
      /** Items received per day (their import), by their status now; `counts[s][d]` for status `statuses[s]` on `days[d]`. */
      byDay: z.object({ days: z.array(z.string()), statuses: z.array(z.enum(FEEDBACK_STATUSES)), counts: z.array(z.array(z.number().int())) }),
      /** Sections × top-level codebook tags ('' untagged): `cells` are [section index, tag index, count], non-zero only; an item with two tags counts in both. */
      heat: z.object({ sections: facetList, themes: facetList, cells: z.array(z.tuple([z.number().int(), z.number().int(), z.number().int()])) }),
    }),
    ANY_ROLE_IN_WORKSPACE,
  ),
};
