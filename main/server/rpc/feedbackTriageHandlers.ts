import type { feedbackTriageContract } from '../../../shared/rpc/feedbackTriageContract.ts';
import { decideFeedback, decideFeedbackMany, deleteAnswerTemplate, saveAnswerTemplate } from '../../services/feedback/decideFeedback.ts';
import type { HandlersFor } from './handlers.ts';

export const feedbackTriageHandlers: HandlersFor<keyof typeof feedbackTriageContract> = {
  'feedback.triage': ({ workspaceId, itemIds }, { workspaces }) => ({ triage: workspaces.store(workspaceId).triage.get(itemIds) }),
  'feedback.decide': ({ workspaceId, itemId, version, change }, { workspaces, actor }) => ({
    triage: decideFeedback(workspaces.store(workspaceId), itemId, version, change, actor),
  }),
  'feedback.decideMany': ({ workspaceId, items, change }, { workspaces, actor }) => decideFeedbackMany(workspaces.store(workspaceId), items, change, actor),
  'feedback.listTemplates': ({ workspaceId }, { workspaces }) => ({ templates: workspaces.store(workspaceId).triage.templates() }),
  'feedback.saveTemplate': ({ workspaceId, template }, { workspaces, actor }) => ({ template: saveAnswerTemplate(workspaces.store(workspaceId), template, actor) }),
  'feedback.deleteTemplate': ({ workspaceId, templateId }, { workspaces, actor }) => {
    deleteAnswerTemplate(workspaces.store(workspaceId), templateId, actor);
    return { ok: true as const };
  },
};
