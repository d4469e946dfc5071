import type { FeedbackChangeKind } from '../../../shared/feedback/feedbackChanges.ts';
import { feedbackEventsOf } from '../../services/feedback/FeedbackEvents.ts';
import type { RpcContext } from './handlers.ts';

/**
 * Tells the workspace's feedback pages that `kind` changed for `itemIds`, once the handler's
 * work is done (committed: the services commit before they return), and returns its result.
 */
export function notified<T>(ctx: RpcContext, workspaceId: string, kind: FeedbackChangeKind, result: T, itemIds: (result: Awaited<T>) => readonly string[] = () => []): T {
  const tell = (value: Awaited<T>) => feedbackEventsOf(ctx.workspaces).changed(workspaceId, kind, itemIds(value), ctx.actor);
  if (result instanceof Promise) return result.then((value: Awaited<T>) => (tell(value), value)) as T;
  tell(result as Awaited<T>);
  return result;
}
