import { z } from 'zod';
import { ANY_ROLE_IN_WORKSPACE, inWorkspace } from '../accounts/access.ts';
import { FEEDBACK_STATUSES } from '../feedback/model.ts';
import { TRIAGE_LIMITS } from '../feedback/triage.ts';
import { method } from './method.ts';
import { lineText, multilineText } from './textFields.ts';
import { workspaceId } from './workspaceContract.ts';

const COMPILERS = inWorkspace('compiler');
const id = z.string().min(1).max(100);
const status = z.enum(FEEDBACK_STATUSES);
const version = z.number().int().min(0);

export const triage = z.object({
  itemId: z.string(), status, assignee: z.string().nullable(), response: z.string(),
  version: z.number().int(), decidedBy: z.string().nullable(), decidedAt: z.string().nullable(),
  /**
   * Who decided, as people read it: a team member's display name; null when no one decided yet,
   * and on a local server, whose one person has no account (it was them, in another window).
   */
  decidedByName: z.string().nullable(),
});
/** A decision as the server gives it out: with the name of who made it. */
export type NamedTriage = z.infer<typeof triage>;

export const triageChange = z
  .object({
    status: status.optional(),
    assignee: lineText('Người xử lý', 200).nullable().optional(),
    response: multilineText('Nội dung trả lời', TRIAGE_LIMITS.response).optional(),
  })
  .refine((change) => change.status !== undefined || change.assignee !== undefined || change.response !== undefined, 'Không có gì để cập nhật.');

export const answerTemplate = z.object({ id: z.string(), name: z.string(), status, text: z.string() });

/** Decisions on comments (issue 11, triage): compilers decide; everyone of the workspace reads. */
export const feedbackTriageContract = {
  'feedback.triage': method(z.object({ workspaceId, itemIds: z.array(id).max(TRIAGE_LIMITS.itemsPerDecision) }), z.object({ triage: z.array(triage) }), ANY_ROLE_IN_WORKSPACE),
  /** One comment's decision, made on `version` (the one read): `conflict` when someone decided meanwhile. */
  'feedback.decide': method(z.object({ workspaceId, itemId: id, version, change: triageChange }), z.object({ triage }), COMPILERS),
  /** One answer for many comments; those decided meanwhile by someone else come back as conflicts, untouched. */
  'feedback.decideMany': method(
    z.object({ workspaceId, items: z.array(z.object({ itemId: id, version })).min(1).max(TRIAGE_LIMITS.itemsPerDecision), change: triageChange }),
    z.object({ decided: z.array(triage), conflicts: z.array(triage) }),
    COMPILERS,
  ),
  'feedback.listTemplates': method(z.object({ workspaceId }), z.object({ templates: z.array(answerTemplate) }), ANY_ROLE_IN_WORKSPACE),
  'feedback.saveTemplate': method(
    z.object({ workspaceId, template: z.object({ id: id.optional(), name: lineText('Tên mẫu', 200), status, text: multilineText('Nội dung mẫu', TRIAGE_LIMITS.response) }) }),
    z.object({ template: answerTemplate }),
    COMPILERS,
  ),
  'feedback.deleteTemplate': method(z.object({ workspaceId, templateId: id }), z.object({ ok: z.literal(true) }), COMPILERS),
};
