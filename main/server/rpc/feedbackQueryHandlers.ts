import type { feedbackQueryContract } from '../../../shared/rpc/feedbackQueryContract.ts';
import { feedbackDashboard } from '../../services/feedback/feedbackDashboard.ts';
import { feedbackItemDetail } from '../../services/feedback/feedbackItemDetail.ts';
import { queryFeedback } from '../../services/feedback/queryFeedback.ts';
import type { HandlersFor } from './handlers.ts';

export const feedbackQueryHandlers: HandlersFor<keyof typeof feedbackQueryContract> = {
  'feedback.query': ({ workspaceId, ...query }, { workspaces }) => queryFeedback(workspaces.store(workspaceId), query),
  'feedback.itemDetail': ({ workspaceId, itemId }, { workspaces }) => feedbackItemDetail(workspaces.store(workspaceId), itemId),
  'feedback.dashboard': ({ workspaceId, filters }, { workspaces }) => feedbackDashboard(workspaces.store(workspaceId), filters),
};
