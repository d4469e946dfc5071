import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { AppError } from '../../shared/errors.ts';
import { type Code, type ItemTag, type TagOrigin, codeKey } from '../../shared/feedback/tags/codebook.ts';

interface CodeRow {
  id: string;
  parent_id: string | null;
  name: string;
  position: number;
}

const toCode = (row: CodeRow): Code => ({ id: row.id, parentId: row.parent_id, name: row.name, position: row.position });

interface TagRow {
  item_id: string;
  code_id: string;
  set_by: TagOrigin;
  actor: string;
  created_at: string;
}

const TAG_SELECT = 'SELECT item_id, code_id, set_by, actor, created_at FROM feedback_item_codes';
const toTag = (r: TagRow): ItemTag => ({ itemId: r.item_id, codeId: r.code_id, setBy: r.set_by, actor: r.actor, createdAt: r.created_at });

const notFound = () => new AppError('not_found', 'Không tìm thấy chủ đề này; có thể nó đã bị xoá.');

/**
 * The codebook and the tags on comments (`store.tags`). Two siblings never share a name (compared
 * across tone placement and case). Callers run changes with their audit entry in one
 * `store.transaction`.
 */
export class FeedbackTagStore {
  private readonly db: DatabaseSync;

  constructor(db: DatabaseSync) {
    this.db = db;
  }

  codes(): Code[] {
    return (this.db.prepare('SELECT id, parent_id, name, position FROM feedback_codes ORDER BY position, name').all() as unknown as CodeRow[]).map(toCode);
  }

  code(id: string): Code {
    const row = this.db.prepare('SELECT id, parent_id, name, position FROM feedback_codes WHERE id = ?').get(id) as CodeRow | undefined;
    if (!row) throw notFound();
    return toCode(row);
  }

  /** How many comments carry each code. */
  counts(): Map<string, number> {
    const rows = this.db.prepare('SELECT code_id, COUNT(*) AS n FROM feedback_item_codes GROUP BY code_id').all() as { code_id: string; n: number }[];
    return new Map(rows.map((r) => [r.code_id, r.n]));
  }

  private checkName(name: string, parentId: string | null, except: string | null): void {
    const siblings = this.codes().filter((c) => c.parentId === parentId && c.id !== except);
    const clash = siblings.find((c) => codeKey(c.name) === codeKey(name));
    if (clash) throw new AppError('conflict', `Đã có chủ đề “${clash.name}” ở cùng cấp; hãy đặt tên khác.`);
  }

  create(name: string, parentId: string | null): Code {
    if (parentId !== null) this.code(parentId);
    this.checkName(name, parentId, null);
    const position = (this.db.prepare('SELECT COALESCE(MAX(position) + 1, 0) AS p FROM feedback_codes WHERE parent_id IS ?').get(parentId) as { p: number }).p;
    const id = randomUUID();
    this.db.prepare('INSERT INTO feedback_codes (id, parent_id, name, position, created_at) VALUES (?, ?, ?, ?, ?)').run(id, parentId, name, position, new Date().toISOString());
    return { id, parentId, name, position };
  }

  rename(id: string, name: string): Code {
    const code = this.code(id);
    this.checkName(name, code.parentId, id);
    this.db.prepare('UPDATE feedback_codes SET name = ? WHERE id = ?').run(name, id);
    return { ...code, name };
  }

  /** Removes a code no comment carries and no code sits under. */
  delete(id: string): Code {
    const code = this.code(id);
    const children = (this.db.prepare('SELECT COUNT(*) AS n FROM feedback_codes WHERE parent_id = ?').get(id) as { n: number }).n;
    if (children > 0) throw new AppError('conflict', `Không xoá được “${code.name}”: còn ${children} chủ đề con. Hãy xoá hoặc chuyển các chủ đề con trước.`);
    const used = (this.db.prepare('SELECT COUNT(*) AS n FROM feedback_item_codes WHERE code_id = ?').get(id) as { n: number }).n;
    if (used > 0) throw new AppError('conflict', `Không xoá được “${code.name}”: ${used} ý kiến đang được gắn chủ đề này. Hãy gỡ chủ đề khỏi các ý kiến đó trước.`);
    this.db.prepare('DELETE FROM feedback_codes WHERE id = ?').run(id);
    return code;
  }

  tagsOf(itemIds: readonly string[]): ItemTag[] {
    const query = this.db.prepare(`${TAG_SELECT} WHERE item_id = ? ORDER BY created_at, code_id`);
    return itemIds.flatMap((itemId) => (query.all(itemId) as unknown as TagRow[]).map(toTag));
  }

  /** Every tag of the workspace, in one query (the export reads them all). */
  allTags(): ItemTag[] {
    return (this.db.prepare(`${TAG_SELECT} ORDER BY item_id, created_at, code_id`).all() as unknown as TagRow[]).map(toTag);
  }

  /** Every tagged comment with its text and codes (what suggestions learn from). */
  tagged(): { itemId: string; text: string; codeIds: string[] }[] {
    const rows = this.db.prepare('SELECT t.item_id, i.text, t.code_id FROM feedback_item_codes t JOIN feedback_items i ON i.id = t.item_id ORDER BY t.item_id').all() as { item_id: string; text: string; code_id: string }[];
    const byItem = new Map<string, { itemId: string; text: string; codeIds: string[] }>();
    for (const row of rows) {
      const entry = byItem.get(row.item_id) ?? { itemId: row.item_id, text: row.text, codeIds: [] };
      entry.codeIds.push(row.code_id);
      byItem.set(row.item_id, entry);
    }
    return [...byItem.values()];
  }

  /** Tags `itemIds` with `codeId` (those that have it keep their tag as it was); returns how many were added. */
  tag(itemIds: readonly string[], codeId: string, setBy: TagOrigin, actor: string): number {
    this.code(codeId);
    const exists = this.db.prepare('SELECT 1 AS hit FROM feedback_items WHERE id = ?');
    const insert = this.db.prepare('INSERT OR IGNORE INTO feedback_item_codes (item_id, code_id, set_by, actor, created_at) VALUES (?, ?, ?, ?, ?)');
    const now = new Date().toISOString();
    let added = 0;
    for (const itemId of new Set(itemIds)) {
      if (!exists.get(itemId)) throw new AppError('not_found', 'Không tìm thấy ý kiến này.');
      added += Number(insert.run(itemId, codeId, setBy, actor, now).changes);
    }
    return added;
  }

  untag(itemIds: readonly string[], codeId: string): number {
    this.code(codeId);
    const remove = this.db.prepare('DELETE FROM feedback_item_codes WHERE item_id = ? AND code_id = ?');
    let removed = 0;
    for (const itemId of new Set(itemIds)) removed += Number(remove.run(itemId, codeId).changes);
    return removed;
  }
}
