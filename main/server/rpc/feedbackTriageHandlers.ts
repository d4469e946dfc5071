import type { Triage } from '../../../shared/feedback/triage.ts';
import type { feedbackTriageContract, NamedTriage } from '../../../shared/rpc/feedbackTriageContract.ts';
import { displayNameOf } from '../../services/accounts/displayNameOf.ts';
import { decideFeedback, decideFeedbackMany, deleteAnswerTemplate, saveAnswerTemplate } from '../../services/feedback/decideFeedback.ts';
import { notified } from './feedbackNotify.ts';
import type { HandlersFor, RpcContext } from './handlers.ts';

/** Decisions with the name of who made each, looked up on this server's accounts (displayNameOf). */
function named(ctx: RpcContext): (triage: Triage) => NamedTriage {
  const nameOf = displayNameOf(ctx.accounts);
  return (triage) => ({ ...triage, decidedByName: triage.decidedBy === null ? null : nameOf(triage.decidedBy) });
}

export const feedbackTriageHandlers: HandlersFor<keyof typeof feedbackTriageContract> = {
  'feedback.triage': ({ workspaceId, itemIds }, ctx) => ({ triage: ctx.workspaces.store(workspaceId).triage.get(itemIds).map(named(ctx)) }),
  'feedback.decide': ({ workspaceId, itemId, version, change }, ctx) =>
    notified(ctx, workspaceId, 'decisions', { triage: named(ctx)(decideFeedback(ctx.workspaces.store(workspaceId), itemId, version, change, ctx.actor)) }, () => [itemId]),
  'feedback.decideMany': ({ workspaceId, items, change }, ctx) => {
    const { decided, conflicts } = decideFeedbackMany(ctx.workspaces.store(workspaceId), items, change, ctx.actor);
    const name = named(ctx);
    return notified(ctx, workspaceId, 'decisions', { decided: decided.map(name), conflicts: conflicts.map(name) }, (r) => r.decided.map((d) => d.itemId));
  },
  'feedback.listTemplates': ({ workspaceId }, { workspaces }) => ({ templates: workspaces.store(workspaceId).triage.templates() }),
  'feedback.saveTemplate': ({ workspaceId, template }, ctx) => notified(ctx, workspaceId, 'templates', { template: saveAnswerTemplate(ctx.workspaces.store(workspaceId), template, ctx.actor) }),
  'feedback.deleteTemplate': ({ workspaceId, templateId }, ctx) => {
    deleteAnswerTemplate(ctx.workspaces.store(workspaceId), templateId, ctx.actor);
    return notified(ctx, workspaceId, 'templates', { ok: true as const });
  },
};
