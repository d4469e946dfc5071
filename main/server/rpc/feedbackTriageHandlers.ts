import type { feedbackTriageContract } from '../../../shared/rpc/feedbackTriageContract.ts';
import { decideFeedback, decideFeedbackMany, deleteAnswerTemplate, saveAnswerTemplate } from '../../services/feedback/decideFeedback.ts';
import { notified } from './feedbackNotify.ts';
import type { HandlersFor } from './handlers.ts';

export const feedbackTriageHandlers: HandlersFor<keyof typeof feedbackTriageContract> = {
  'feedback.triage': ({ workspaceId, itemIds }, { workspaces }) => ({ triage: workspaces.store(workspaceId).triage.get(itemIds) }),
  'feedback.decide': ({ workspaceId, itemId, version, change }, ctx) =>
    notified(ctx, workspaceId, 'decisions', { triage: decideFeedback(ctx.workspaces.store(workspaceId), itemId, version, change, ctx.actor) }, () => [itemId]),
  'feedback.decideMany': ({ workspaceId, items, change }, ctx) =>
    notified(ctx, workspaceId, 'decisions', decideFeedbackMany(ctx.workspaces.store(workspaceId), items, change, ctx.actor), (r) => r.decided.map((d) => d.itemId)),
  'feedback.listTemplates': ({ workspaceId }, { workspaces }) => ({ templates: workspaces.store(workspaceId).triage.templates() }),
  'feedback.saveTemplate': ({ workspaceId, template }, ctx) => notified(ctx, workspaceId, 'templates', { template: saveAnswerTemplate(ctx.workspaces.store(workspaceId), template, ctx.actor) }),
  'feedback.deleteTemplate': ({ workspaceId, templateId }, ctx) => {
    deleteAnswerTemplate(ctx.workspaces.store(workspaceId), templateId, ctx.actor);
    return notified(ctx, workspaceId, 'templates', { ok: true as const });
  },
};
