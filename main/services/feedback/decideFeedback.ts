import { AppError, isAppError } from '../../../shared/errors.ts';
import { TRIAGE_LIMITS, type AnswerTemplate, type Triage, type TriageChange } from '../../../shared/feedback/triage.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';

/** Characters of an answer kept in its audit entry (the answer itself is stored whole). */
const AUDITED_RESPONSE = 500;

function decideInTransaction(store: WorkspaceStore, itemId: string, version: number, change: TriageChange, actor: string): Triage {
  const before = store.triage.one(itemId);
  const after = store.triage.decide(itemId, version, change, actor);
  store.audit.record(actor, 'feedback.decide', itemId, {
    from: before.status,
    status: after.status,
    ...(change.assignee !== undefined ? { assignee: change.assignee } : {}),
    ...(change.response !== undefined ? { response: change.response.slice(0, AUDITED_RESPONSE) } : {}),
    version: after.version,
  });
  return after;
}

/**
 * A compiler's decision on one comment, made on the version they saw: stored with its audit
 * entry, or refused as `conflict` (nothing written) when someone decided meanwhile.
 */
export function decideFeedback(store: WorkspaceStore, itemId: string, version: number, change: TriageChange, actor: string): Triage {
  return store.transaction(() => decideInTransaction(store, itemId, version, change, actor));
}

/**
 * One answer for many comments (a cluster, a selection), each on the version the compiler saw.
 * Those decided meanwhile by someone else are left as they are and returned as `conflicts`;
 * the others are decided, all in one transaction.
 */
export function decideFeedbackMany(store: WorkspaceStore, items: readonly { itemId: string; version: number }[], change: TriageChange, actor: string): { decided: Triage[]; conflicts: Triage[] } {
  if (items.length > TRIAGE_LIMITS.itemsPerDecision) throw new AppError('bad_request', `Mỗi lần trả lời chung tối đa ${TRIAGE_LIMITS.itemsPerDecision} ý kiến.`);
  return store.transaction(() => {
    const decided: Triage[] = [];
    const conflicts: Triage[] = [];
    for (const { itemId, version } of items) {
      try {
        decided.push(decideInTransaction(store, itemId, version, change, actor));
      } catch (error) {
        if (!isAppError(error) || error.code !== 'conflict') throw error;
        conflicts.push(store.triage.one(itemId));
      }
    }
    return { decided, conflicts };
  });
}

export function saveAnswerTemplate(store: WorkspaceStore, template: Omit<AnswerTemplate, 'id'> & { id?: string }, actor: string): AnswerTemplate {
  return store.transaction(() => {
    if (!template.id && store.triage.templateCount() >= TRIAGE_LIMITS.templates) throw new AppError('bad_request', `Đã có ${TRIAGE_LIMITS.templates} mẫu trả lời: hãy xoá bớt mẫu không dùng.`);
    const saved = store.triage.saveTemplate(template, actor);
    store.audit.record(actor, 'feedback.template_save', saved.id, { name: saved.name, status: saved.status });
    return saved;
  });
}

export function deleteAnswerTemplate(store: WorkspaceStore, id: string, actor: string): void {
  store.transaction(() => {
    const template = store.triage.templates().find((t) => t.id === id);
    if (!template) throw new AppError('not_found', 'Không tìm thấy mẫu trả lời này; có thể nó đã bị xoá.');
    store.triage.deleteTemplate(id);
    store.audit.record(actor, 'feedback.template_delete', id, { name: template.name });
  });
}
