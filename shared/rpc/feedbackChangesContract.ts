import { z } from 'zod';
import { ANY_ROLE_IN_WORKSPACE } from '../accounts/access.ts';
import { FEEDBACK_CHANGES, FEEDBACK_CHANGE_KINDS } from '../feedback/feedbackChanges.ts';
import { method } from './method.ts';
import { workspaceId } from './workspaceContract.ts';

export const feedbackChange = z.object({ seq: z.number().int(), kind: z.enum(FEEDBACK_CHANGE_KINDS), itemIds: z.array(z.string()), many: z.boolean(), actor: z.string() });

/** Live feedback for every compiler (issue 11): a long-polling request, answered when something changed. */
export const feedbackChangesContract = {
  /**
   * The changes after `since` in this server's `epoch` (null: not yet known). Answered at once
   * when there are some, else when one comes or after `waitMs` (at most 25 s) with none;
   * `reset`: read everything again (the server restarted, or the page fell too far behind).
   */
  'feedback.changes': method(
    z.object({ workspaceId, epoch: z.string().max(100).nullable(), since: z.number().int().min(0), waitMs: z.number().int().min(0).max(FEEDBACK_CHANGES.waitMs).default(FEEDBACK_CHANGES.waitMs) }),
    z.object({ epoch: z.string(), seq: z.number().int(), changes: z.array(feedbackChange), reset: z.boolean() }),
    ANY_ROLE_IN_WORKSPACE,
  ),
};
