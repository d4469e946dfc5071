import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { AppError } from '../../shared/errors.ts';
import type { FeedbackStatus } from '../../shared/feedback/model.ts';
import type { AnswerTemplate, Triage, TriageChange } from '../../shared/feedback/triage.ts';

interface TriageRow {
  id: string;
  status: string;
  assignee: string | null;
  response: string | null;
  version: number | null;
  decided_by: string | null;
  decided_at: string | null;
}

const toTriage = (row: TriageRow): Triage => ({
  itemId: row.id,
  status: row.status as FeedbackStatus,
  assignee: row.assignee,
  response: row.response ?? '',
  version: row.version ?? 0,
  decidedBy: row.decided_by,
  decidedAt: row.decided_at,
});

const SELECT = `SELECT i.id, i.status, d.assignee, d.response, d.version, d.decided_by, d.decided_at
  FROM feedback_items i LEFT JOIN feedback_decisions d ON d.item_id = i.id`;

/**
 * The decisions on comments (`store.triage`): status (the item's own column), assignee, answer,
 * version; and the answer templates. Callers run a decision with its audit entry in one
 * `store.transaction`.
 */
export class FeedbackTriageStore {
  private readonly db: DatabaseSync;

  constructor(db: DatabaseSync) {
    this.db = db;
  }

  /** The decision on each of `itemIds` that exists, in the order given. */
  get(itemIds: readonly string[]): Triage[] {
    const query = this.db.prepare(`${SELECT} WHERE i.id = ?`);
    return itemIds.flatMap((id) => {
      const row = query.get(id) as TriageRow | undefined;
      return row ? [toTriage(row)] : [];
    });
  }

  /** The decisions made so far (items never decided are not listed), in one query. */
  decided(): Triage[] {
    return (this.db.prepare(`${SELECT} WHERE d.item_id IS NOT NULL`).all() as unknown as TriageRow[]).map(toTriage);
  }

  one(itemId: string): Triage {
    const [triage] = this.get([itemId]);
    if (!triage) throw new AppError('not_found', 'Không tìm thấy ý kiến này.');
    return triage;
  }

  /**
   * Applies `change` to the decision at `expectedVersion` and returns the new one (its version
   * one more); throws `conflict` when the decision is no longer at that version.
   */
  decide(itemId: string, expectedVersion: number, change: TriageChange, actor: string): Triage {
    const current = this.one(itemId);
    if (current.version !== expectedVersion) throw triageConflict(current);
    const next: Triage = {
      ...current,
      status: change.status ?? current.status,
      assignee: change.assignee === undefined ? current.assignee : change.assignee,
      response: change.response ?? current.response,
      version: current.version + 1,
      decidedBy: actor,
      decidedAt: new Date().toISOString(),
    };
    this.db.prepare('UPDATE feedback_items SET status = ? WHERE id = ?').run(next.status, itemId);
    this.db.prepare(`INSERT INTO feedback_decisions (item_id, assignee, response, version, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (item_id) DO UPDATE SET assignee = excluded.assignee, response = excluded.response, version = excluded.version,
        decided_by = excluded.decided_by, decided_at = excluded.decided_at`)
      .run(itemId, next.assignee, next.response, next.version, actor, next.decidedAt);
    return next;
  }

  templates(): AnswerTemplate[] {
    return this.db.prepare('SELECT id, name, status, text FROM feedback_templates ORDER BY name, id').all() as unknown as AnswerTemplate[];
  }

  saveTemplate(template: Omit<AnswerTemplate, 'id'> & { id?: string }, actor: string): AnswerTemplate {
    if (template.id) {
      const changed = this.db.prepare('UPDATE feedback_templates SET name = ?, status = ?, text = ? WHERE id = ?').run(template.name, template.status, template.text, template.id);
      if (changed.changes === 0) throw new AppError('not_found', 'Không tìm thấy mẫu trả lời này; có thể nó đã bị xoá.');
      return { id: template.id, name: template.name, status: template.status, text: template.text };
    }
    const id = randomUUID();
    this.db.prepare('INSERT INTO feedback_templates (id, name, status, text, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, template.name, template.status, template.text, actor, new Date().toISOString());
    return { id, name: template.name, status: template.status, text: template.text };
  }

  deleteTemplate(id: string): void {
    if (this.db.prepare('DELETE FROM feedback_templates WHERE id = ?').run(id).changes === 0) throw new AppError('not_found', 'Không tìm thấy mẫu trả lời này; có thể nó đã bị xoá.');
  }

  templateCount(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM feedback_templates').get() as { n: number }).n;
  }
}

/** Someone decided on the comment since it was read: nothing is overwritten; the decision as it stands is in the message. */
export function triageConflict(current: Triage): AppError {
  const by = current.decidedBy ? ` (${current.decidedBy})` : '';
  return new AppError('conflict', `Ý kiến này vừa được người khác${by} cập nhật; thay đổi của bạn chưa được ghi để không ghi đè lên họ. Hãy xem quyết định mới rồi sửa lại nếu cần.`);
}
