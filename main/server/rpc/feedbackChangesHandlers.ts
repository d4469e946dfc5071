import type { feedbackChangesContract } from '../../../shared/rpc/feedbackChangesContract.ts';
import { feedbackEventsOf } from '../../services/feedback/FeedbackEvents.ts';
import type { HandlersFor } from './handlers.ts';

export const feedbackChangesHandlers: HandlersFor<keyof typeof feedbackChangesContract> = {
  'feedback.changes': ({ workspaceId, epoch, since, waitMs }, { workspaces }) => {
    workspaces.store(workspaceId); // an unknown workspace is not_found, not a request left waiting
    return feedbackEventsOf(workspaces).since(workspaceId, epoch, since, waitMs);
  },
};
