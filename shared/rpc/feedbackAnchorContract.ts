import { z } from 'zod';
import { ANY_ROLE_IN_WORKSPACE, inWorkspace } from '../accounts/access.ts';
import { documentId } from './documentContract.ts';
import { feedbackItem } from './feedbackContract.ts';
import { method } from './method.ts';
import { workspaceId } from './workspaceContract.ts';

/** Anchoring and clustering change the triage: compilers; reading them: every role of the workspace. */
const COMPILERS = inWorkspace('compiler');

const id = z.string().min(1).max(100);
const draftNumber = z.number().int().positive().max(100_000);
const page = { offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) };
const count = z.number().int().min(0);

/** What an anchoring run did, per item of the document: anchored, queued ("chưa gắn"), kept (anchored by a person, never redone). */
export const anchorSummary = z.object({
  items: count,
  anchored: count,
  queued: count,
  manual: count,
  /** Anchored items whose blocks are gone from the working copy (shown with their quote). */
  orphaned: count,
  /** Items written against a draft the document does not have: left as they are. */
  missingDraft: count,
});
export type AnchorSummary = z.infer<typeof anchorSummary>;

/** An item waiting in the "chưa gắn" queue, and the version of the document it is to be anchored in (null: the working copy). */
export const queuedItem = z.object({ item: feedbackItem, draftNumber: draftNumber.nullable() });

/** An anchored item followed into a version of its document (followAnchor): kept by block id, found again by its quote, or orphaned. */
export const followedItem = z.object({
  item: feedbackItem,
  status: z.enum(['kept', 'requoted', 'orphaned']),
  blockIds: z.array(z.string()),
  quote: z.string().nullable(),
  lost: z.array(z.string()),
});
export type FollowedItem = z.infer<typeof followedItem>;

export const clusterMember = z.object({
  itemId: z.string(),
  text: z.string(),
  sourceName: z.string(),
  exact: z.boolean(),
  /** Jaccard of its shingles with the representative's; null when a person merged it in. */
  similarity: z.number().min(0).max(1).nullable(),
  /** Its sentences the representative lacks, and the representative's it lacks. */
  added: z.array(z.string()),
  removed: z.array(z.string()),
});

/** A stored cluster: "N ý kiến của M đơn vị" (`comments`, `sources`), the representative first. */
export const clusterView = z.object({ id: z.string(), representativeId: z.string(), comments: count, sources: count, members: z.array(clusterMember) });
export type ClusterView = z.infer<typeof clusterView>;

export const TRAIL_ACTIONS = ['create', 'join', 'merge', 'merged', 'split'] as const;
export const trailEntry = z.object({ at: z.string(), actor: z.string(), action: z.enum(TRAIL_ACTIONS), details: z.record(z.string(), z.unknown()) });
export type TrailEntry = z.infer<typeof trailEntry>;

/** The feedback anchoring and clusters slice of the RPC contract (issue 11: "Anchoring", de-duplication). */
export const feedbackAnchorContract = {
  /**
   * Anchors the document's items: each against the draft it was written against (`draftNumber`
   * for items that name none; the working copy when neither does). Items a person anchored are kept.
   */
  'feedback.anchor': method(z.object({ workspaceId, documentId, draftNumber: draftNumber.optional() }), anchorSummary, COMPILERS),
  'feedback.anchorQueue': method(
    z.object({ workspaceId, documentId, ...page }),
    z.object({ items: z.array(queuedItem), total: count }),
    ANY_ROLE_IN_WORKSPACE,
  ),
  /**
   * A person anchors an item to blocks of a version of the document (the blocks must be there), on
   * what they saw: `expectedBlockIds` are the blocks it was anchored to when read (null: not
   * anchored); `conflict` when someone anchored it otherwise meanwhile (nothing written).
   */
  'feedback.setAnchor': method(
    z.object({ workspaceId, documentId, itemId: id, draftNumber: draftNumber.nullable(), blockIds: z.array(id).min(1).max(50), expectedBlockIds: z.array(id).max(50).nullable() }),
    z.object({ item: feedbackItem }),
    COMPILERS,
  ),
  /** The anchored items of the document followed into draft `side` or the working copy; `orphaned` lists only those. */
  'feedback.followAnchors': method(
    z.object({ workspaceId, documentId, side: z.union([draftNumber, z.literal('working')]), onlyOrphaned: z.boolean().default(false), ...page }),
    z.object({ items: z.array(followedItem), total: count, kept: count, requoted: count, orphaned: count }),
    ANY_ROLE_IN_WORKSPACE,
  ),
  /** Clusters the stored items: new near-duplicates form clusters or join the stored ones; merges and splits are kept. */
  'feedback.cluster': method(z.object({ workspaceId }), z.object({ created: count, joined: count, clusters: count }), COMPILERS),
  'feedback.listClusters': method(z.object({ workspaceId, ...page }), z.object({ clusters: z.array(clusterView), total: count }), ANY_ROLE_IN_WORKSPACE),
  'feedback.mergeClusters': method(z.object({ workspaceId, intoId: id, fromId: id }), z.object({ cluster: clusterView }), COMPILERS),
  /** Takes an item out of its cluster (it stays a comment on its own; clustering will not put it back). */
  'feedback.splitItem': method(z.object({ workspaceId, clusterId: id, itemId: id }), z.object({ cluster: clusterView.nullable() }), COMPILERS),
  'feedback.clusterTrail': method(z.object({ workspaceId, clusterId: id }), z.object({ entries: z.array(trailEntry) }), ANY_ROLE_IN_WORKSPACE),
};
