import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { AppError } from '../../shared/errors.ts';
import type { FeedbackSource, SourceLevel } from '../../shared/feedback/model.ts';
import type { AuditLog } from './AuditLog.ts';
import { transaction } from './sqlite.ts';

interface SourceRow {
  id: string;
  name: string;
  aliases: string;
  level: string;
  parent_id: string | null;
}

const toSource = (row: SourceRow): FeedbackSource => ({
  id: row.id, name: row.name, aliases: JSON.parse(row.aliases) as string[], level: row.level as SourceLevel, parentId: row.parent_id,
});

export type SourceInput = Omit<FeedbackSource, 'id'>;

/**
 * The registry of subordinate organisations that send comments (`store.sources`); every change
 * lands with its audit entry in one transaction (a savepoint of the caller's, when inside one).
 */
export class SourceStore {
  private readonly db: DatabaseSync;
  private readonly audit: AuditLog;

  constructor(db: DatabaseSync, audit: AuditLog) {
    this.db = db;
    this.audit = audit;
  }

  list(): FeedbackSource[] {
    return (this.db.prepare('SELECT * FROM feedback_sources ORDER BY name, id').all() as unknown as SourceRow[]).map(toSource);
  }

  get(id: string): FeedbackSource {
    const row = this.db.prepare('SELECT * FROM feedback_sources WHERE id = ?').get(id) as SourceRow | undefined;
    if (!row) throw new AppError('not_found', 'Không tìm thấy đơn vị này trong danh sách; có thể nó đã bị xoá.');
    return toSource(row);
  }

  private checkParent(id: string | null, parentId: string | null): void {
    if (parentId === null) return;
    for (let at: string | null = parentId, steps = 0; at !== null; at = this.get(at).parentId, steps++) {
      if (at === id || steps > 1000) throw new AppError('bad_request', 'Đơn vị cấp trên không thể là chính đơn vị này hay một đơn vị trực thuộc nó.');
    }
  }

  create(input: SourceInput, actor = 'system'): FeedbackSource {
    return transaction(this.db, () => {
      this.checkParent(null, input.parentId);
      const id = randomUUID();
      this.db.prepare('INSERT INTO feedback_sources (id, name, aliases, level, parent_id, created_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(id, input.name, JSON.stringify(input.aliases), input.level, input.parentId, new Date().toISOString());
      this.audit.record(actor, 'feedback.source_create', id, { name: input.name });
      return { id, ...input };
    });
  }

  update(id: string, input: SourceInput, actor = 'system'): FeedbackSource {
    return transaction(this.db, () => {
      const before = this.get(id);
      this.checkParent(id, input.parentId);
      this.db.prepare('UPDATE feedback_sources SET name = ?, aliases = ?, level = ?, parent_id = ? WHERE id = ?')
        .run(input.name, JSON.stringify(input.aliases), input.level, input.parentId, id);
      this.audit.record(actor, 'feedback.source_update', id, { from: before.name, to: input.name });
      return { id, ...input };
    });
  }

  /** Removes a source no item is attributed to and no source names as its parent. */
  delete(id: string, actor = 'system'): void {
    transaction(this.db, () => {
      const source = this.get(id);
      const used = this.db.prepare('SELECT (SELECT COUNT(*) FROM feedback_items WHERE source_id = ?) + (SELECT COUNT(*) FROM feedback_sources WHERE parent_id = ?) AS n').get(id, id) as { n: number };
      if (used.n > 0) throw new AppError('conflict', `Không xoá được “${source.name}”: đã có ý kiến hoặc đơn vị trực thuộc gắn với đơn vị này. Hãy sửa tên hoặc thêm tên gọi khác thay vì xoá.`);
      this.db.prepare('DELETE FROM feedback_sources WHERE id = ?').run(id);
      this.audit.record(actor, 'feedback.source_delete', id, { name: source.name });
    });
  }
}
