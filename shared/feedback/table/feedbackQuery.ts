/**
 * What the feedback table and dashboard ask of the server's index (main/services/feedback/
 * FeedbackIndex.ts) and what they get back: filters over the dimensions an item has, a search,
 * a sort and a window of rows, with the total and the facet counts, so the renderer never holds
 * more than a window of a workspace's 100,000 comments. Plain types; the zod schemas are in
 * shared/rpc/feedbackQueryContract.ts.
 */
import type { FeedbackStatus, SourceLevel } from '../model.ts';

/**
 * The dimensions an item is filtered and counted by. '' is the value of an item that has none
 * (no attributed source, not anchored, no tag, in no cluster, no one assigned, no document named,
 * no draft). `tag` is the only one with several values per item: a code id, and an item tagged
 * with a code also counts under each code above it (a parent code covers its children).
 */
export const FEEDBACK_DIMENSIONS = ['source', 'level', 'status', 'assignee', 'section', 'tag', 'cluster', 'document', 'draft'] as const;
export type FeedbackDimension = (typeof FEEDBACK_DIMENSIONS)[number];

/** Per dimension, the values kept (any of them); a dimension absent or empty keeps everything. */
export type FeedbackFilters = Partial<Record<FeedbackDimension, string[]>>;

export const FEEDBACK_SORTS = ['received', 'source', 'section', 'status'] as const;
export type FeedbackSortKey = (typeof FEEDBACK_SORTS)[number];

export interface FeedbackSort {
  by: FeedbackSortKey;
  direction: 'asc' | 'desc';
}

/** One value of a dimension with how many items have it (given the other dimensions' filters and the search). */
export interface FacetEntry {
  value: string;
  /** What to show: a source's, section's, tag's (its path) or cluster's (its representative's text) name; for status and level the code itself, translated by the renderer. */
  label: string;
  count: number;
}

export type FeedbackFacets = Record<FeedbackDimension, FacetEntry[]>;

/** What the table shows of one item; the full item and its anchor's text come from `feedback.itemDetail`. */
export interface FeedbackRow {
  id: string;
  /** The comment's text, cut at ROW_TEXT_LIMIT characters (the detail has it whole). */
  text: string;
  sourceName: string;
  /** The registry's name of the attributed source, '' when none. */
  sourceLabel: string;
  level: SourceLevel | '';
  status: FeedbackStatus;
  /** The anchored block's section ("II. Phát triển kinh tế …"), '' when not anchored or not found. */
  sectionLabel: string;
  /** The item's own tags (not their parents), as their codebook paths ("Kinh tế › Công nghiệp"). */
  tags: string[];
  /** Who handles it (the decision's assignee), null when no one. */
  assignee: string | null;
  /** Its cluster now, null when in none; the cluster's members now (1 when alone in it). */
  clusterId: string | null;
  clusterSize: number;
  documentTitle: string | null;
  draftNumber: number | null;
  location: string | null;
  anchored: boolean;
  createdAt: string;
}

/** Characters of a comment sent with its row. */
export const ROW_TEXT_LIMIT = 400;
/** Rows in one window. */
export const WINDOW_LIMIT = 500;
