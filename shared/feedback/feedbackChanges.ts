/**
 * What changed in a workspace's feedback, as compilers' pages are told of it (issue 11, "live
 * for every compiler"): the kind of thing and the comments it touched. No text, no decision:
 * each page reads what it shows again through RPC, with its own rights.
 */
export const FEEDBACK_CHANGE_KINDS = ['items', 'sources', 'decisions', 'templates', 'tags', 'codebook', 'anchors', 'clusters', 'links'] as const;
export type FeedbackChangeKind = (typeof FEEDBACK_CHANGE_KINDS)[number];

export interface FeedbackChange {
  seq: number;
  kind: FeedbackChangeKind;
  /** The comments it touched; empty when it touched none in particular, or too many to list (`many`). */
  itemIds: string[];
  many: boolean;
  actor: string;
}

export const FEEDBACK_CHANGES = {
  /** How long a page's request waits for a change before it is answered with none. */
  waitMs: 25_000,
  /** Changes kept per workspace for pages that ask since an older one (older: the page reloads all). */
  kept: 500,
  /** Comments listed in one change. */
  itemIds: 1000,
  /** Requests waiting at once per workspace; more are answered at once. */
  waiters: 500,
} as const;
