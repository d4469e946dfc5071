import type { feedbackAnchorContract } from '../../../shared/rpc/feedbackAnchorContract.ts';
import { anchorFeedback } from '../../services/feedback/anchorFeedback.ts';
import { clusterFeedback } from '../../services/feedback/clusterFeedback.ts';
import { mergeClusters, splitItem } from '../../services/feedback/clusterEdits.ts';
import { clusterTrail, listClusters } from '../../services/feedback/clusterViews.ts';
import { anchorQueue, followAnchors } from '../../services/feedback/followAnchors.ts';
import { setManualAnchor } from '../../services/feedback/setManualAnchor.ts';
import { displayNameOf } from '../../services/accounts/displayNameOf.ts';
import { notified } from './feedbackNotify.ts';
import type { HandlersFor } from './handlers.ts';

export const feedbackAnchorHandlers: HandlersFor<keyof typeof feedbackAnchorContract> = {
  'feedback.anchor': ({ workspaceId, documentId, draftNumber }, ctx) =>
    notified(ctx, workspaceId, 'anchors', anchorFeedback(ctx.workspaces.store(workspaceId), documentId, { draftNumber, actor: ctx.actor })),
  'feedback.anchorQueue': ({ workspaceId, documentId, offset, limit }, { workspaces }) => anchorQueue(workspaces.store(workspaceId), documentId, { offset, limit }),
  'feedback.setAnchor': ({ workspaceId, ...input }, ctx) =>
    notified(ctx, workspaceId, 'anchors', { item: setManualAnchor(ctx.workspaces.store(workspaceId), input, ctx.actor, displayNameOf(ctx.accounts)) }, () => [input.itemId]),
  'feedback.followAnchors': ({ workspaceId, documentId, side, ...page }, { workspaces }) => followAnchors(workspaces.store(workspaceId), documentId, side, page),
  'feedback.cluster': ({ workspaceId }, ctx) => notified(ctx, workspaceId, 'clusters', clusterFeedback(ctx.workspaces.store(workspaceId), ctx.actor)),
  'feedback.listClusters': ({ workspaceId, offset, limit }, { workspaces }) => listClusters(workspaces.store(workspaceId), { offset, limit }),
  'feedback.mergeClusters': ({ workspaceId, intoId, fromId }, ctx) =>
    // Names the merged cluster's comments: a page showing one of them (its cluster, its count) reads it again.
    notified(ctx, workspaceId, 'clusters', { cluster: mergeClusters(ctx.workspaces.store(workspaceId), intoId, fromId, ctx.actor) }, ({ cluster }) => cluster.members.map((m) => m.itemId)),
  'feedback.splitItem': ({ workspaceId, clusterId, itemId }, ctx) =>
    notified(ctx, workspaceId, 'clusters', { cluster: splitItem(ctx.workspaces.store(workspaceId), clusterId, itemId, ctx.actor) }, () => [itemId]),
  'feedback.clusterTrail': ({ workspaceId, clusterId }, { workspaces }) => ({ entries: clusterTrail(workspaces.store(workspaceId), clusterId) }),
};
