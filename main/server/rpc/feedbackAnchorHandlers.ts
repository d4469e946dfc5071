import type { feedbackAnchorContract } from '../../../shared/rpc/feedbackAnchorContract.ts';
import { anchorFeedback } from '../../services/feedback/anchorFeedback.ts';
import { clusterFeedback } from '../../services/feedback/clusterFeedback.ts';
import { mergeClusters, splitItem } from '../../services/feedback/clusterEdits.ts';
import { clusterTrail, listClusters } from '../../services/feedback/clusterViews.ts';
import { anchorQueue, followAnchors } from '../../services/feedback/followAnchors.ts';
import { setManualAnchor } from '../../services/feedback/setManualAnchor.ts';
import type { HandlersFor } from './handlers.ts';

export const feedbackAnchorHandlers: HandlersFor<keyof typeof feedbackAnchorContract> = {
  'feedback.anchor': ({ workspaceId, documentId, draftNumber }, { workspaces, actor }) => anchorFeedback(workspaces.store(workspaceId), documentId, { draftNumber, actor }),
  'feedback.anchorQueue': ({ workspaceId, documentId, offset, limit }, { workspaces }) => anchorQueue(workspaces.store(workspaceId), documentId, { offset, limit }),
  'feedback.setAnchor': ({ workspaceId, ...input }, { workspaces, actor }) => ({ item: setManualAnchor(workspaces.store(workspaceId), input, actor) }),
  'feedback.followAnchors': ({ workspaceId, documentId, side, ...page }, { workspaces }) => followAnchors(workspaces.store(workspaceId), documentId, side, page),
  'feedback.cluster': ({ workspaceId }, { workspaces, actor }) => clusterFeedback(workspaces.store(workspaceId), actor),
  'feedback.listClusters': ({ workspaceId, offset, limit }, { workspaces }) => listClusters(workspaces.store(workspaceId), { offset, limit }),
  'feedback.mergeClusters': ({ workspaceId, intoId, fromId }, { workspaces, actor }) => ({ cluster: mergeClusters(workspaces.store(workspaceId), intoId, fromId, actor) }),
  'feedback.splitItem': ({ workspaceId, clusterId, itemId }, { workspaces, actor }) => ({ cluster: splitItem(workspaces.store(workspaceId), clusterId, itemId, actor) }),
  'feedback.clusterTrail': ({ workspaceId, clusterId }, { workspaces }) => ({ entries: clusterTrail(workspaces.store(workspaceId), clusterId) }),
};
