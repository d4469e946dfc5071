import { AppError } from '../../../shared/errors.ts';
import { type Code, TAG_LIMITS, type TagOrigin, codeKey, codebookCsv } from '../../../shared/feedback/tags/codebook.ts';
import { type TagSuggestion, suggestTags } from '../../../shared/feedback/tags/suggestTags.ts';
import type { Sheet } from '../../../shared/feedback/ingest/feedbackRow.ts';
import { safeFileName } from '../../../shared/text/safeFileName.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { inlineJobs, type JobRunner } from '../jobs/jobs.ts';
import { feedbackIndexOf } from './feedbackIndexOf.ts';

function checkRoom(store: WorkspaceStore, more: number): void {
  if (store.tags.codes().length + more > TAG_LIMITS.codes) throw new AppError('bad_request', `Bộ chủ đề đã có tối đa ${TAG_LIMITS.codes} chủ đề.`);
}

export function createCode(store: WorkspaceStore, name: string, parentId: string | null, actor: string): Code {
  return store.transaction(() => {
    checkRoom(store, 1);
    const code = store.tags.create(name, parentId);
    store.audit.record(actor, 'feedback.code_create', code.id, { name, parentId });
    return code;
  });
}

export function renameCode(store: WorkspaceStore, codeId: string, name: string, actor: string): Code {
  return store.transaction(() => {
    const before = store.tags.code(codeId);
    const code = store.tags.rename(codeId, name);
    store.audit.record(actor, 'feedback.code_rename', codeId, { from: before.name, to: name });
    return code;
  });
}

export function deleteCode(store: WorkspaceStore, codeId: string, actor: string): void {
  store.transaction(() => {
    const code = store.tags.delete(codeId);
    store.audit.record(actor, 'feedback.code_delete', codeId, { name: code.name });
  });
}

export function tagItems(store: WorkspaceStore, itemIds: readonly string[], codeId: string, setBy: TagOrigin, actor: string): number {
  return store.transaction(() => {
    const added = store.tags.tag(itemIds, codeId, setBy, actor);
    if (added > 0) store.audit.record(actor, 'feedback.tag', codeId, { items: added, setBy });
    return added;
  });
}

export function untagItems(store: WorkspaceStore, itemIds: readonly string[], codeId: string, actor: string): number {
  return store.transaction(() => {
    const removed = store.tags.untag(itemIds, codeId);
    if (removed > 0) store.audit.record(actor, 'feedback.untag', codeId, { items: removed });
    return removed;
  });
}

/**
 * Codes suggested for a comment from the tagged comments most like it and, when it is anchored,
 * from its section: the tags used most there and the codes its heading names
 * (shared/feedback/tags/suggestTags.ts; the section and its items from the feedback index).
 */
export function suggestTagsFor(store: WorkspaceStore, itemId: string): TagSuggestion[] {
  const item = store.feedback.get(itemId);
  const has = new Set(store.tags.tagsOf([itemId]).map((t) => t.codeId));
  const context = item.anchor ? feedbackIndexOf(store).sectionContext(itemId) : null;
  const section = context ? { context, codes: store.tags.codes() } : undefined;
  return suggestTags(item.text, has, store.tags.tagged().filter((t) => t.itemId !== itemId), section);
}

/** The codebook as a CSV file ("Chủ đề;Thuộc chủ đề"), to edit in a spreadsheet and import elsewhere. */
export function exportCodebook(store: WorkspaceStore): { fileName: string; mimeType: string; bytes: Uint8Array } {
  const { name } = store.meta();
  return { fileName: `${safeFileName(name)} - Bộ chủ đề.csv`, mimeType: 'text/csv; charset=utf-8', bytes: new TextEncoder().encode(codebookCsv(store.tags.codes())) };
}

const HEADING = codeKey('Chủ đề');
const PARENT_HEADING = codeKey('Thuộc chủ đề');

/** The rows of a codebook sheet: (name, parent name or null), after its heading row when it has one. */
function codebookRows(sheet: Sheet): { row: number; name: string; parent: string | null }[] {
  const text = (cells: { text: string }[], i: number) => (cells[i]?.text ?? '').normalize('NFC').trim();
  let nameColumn = 0;
  let parentColumn = 1;
  let start = 0;
  const heading = sheet.rows.findIndex((r) => r.cells.some((c) => codeKey(c.text) === HEADING));
  if (heading >= 0) {
    const keys = sheet.rows[heading].cells.map((c) => codeKey(c.text));
    nameColumn = keys.indexOf(HEADING);
    parentColumn = keys.indexOf(PARENT_HEADING);
    start = heading + 1;
  }
  return sheet.rows.slice(start).flatMap((r) => {
    const name = text(r.cells, nameColumn);
    const parent = parentColumn >= 0 ? text(r.cells, parentColumn) : '';
    return name ? [{ row: r.number, name, parent: parent || null }] : [];
  });
}

/**
 * A codebook file (.csv or .xlsx, "Chủ đề;Thuộc chủ đề"): codes it names that the workspace has
 * not (by name under the same parent, across tone placement and case) are added, parents before
 * children; nothing is removed or renamed. A parent it cannot find is named in `problems`.
 */
export async function importCodebook(store: WorkspaceStore, file: { fileName: string; bytes: Uint8Array }, actor: string, jobs: JobRunner = inlineJobs): Promise<{ created: number; existing: number; problems: string[] }> {
  const sheets = await jobs.run('readSheets', file, file.bytes.byteLength);
  const rows = sheets.flatMap(codebookRows);
  if (rows.length === 0) throw new AppError('feedback_no_comments', `Không tìm thấy chủ đề nào trong tệp “${file.fileName}” (cột “Chủ đề”, và “Thuộc chủ đề” cho chủ đề con).`);
  return store.transaction(() => {
    const problems: string[] = [];
    let created = 0;
    let existing = 0;
    const idOfName = () => {
      const map = new Map<string, string>();
      for (const code of store.tags.codes()) if (!map.has(codeKey(code.name))) map.set(codeKey(code.name), code.id);
      return map;
    };
    let pending = rows;
    // Parents first: each pass adds the codes whose parent is known by now.
    for (let pass = 0; pass < 20 && pending.length > 0; pass++) {
      const known = idOfName();
      const next: typeof rows = [];
      for (const row of pending) {
        const parentId = row.parent === null ? null : known.get(codeKey(row.parent));
        if (parentId === undefined) {
          next.push(row);
          continue;
        }
        const sibling = store.tags.codes().find((c) => c.parentId === parentId && codeKey(c.name) === codeKey(row.name));
        if (sibling) {
          existing++;
          continue;
        }
        checkRoom(store, 1);
        const code = store.tags.create(row.name, parentId);
        store.audit.record(actor, 'feedback.code_create', code.id, { name: code.name, parentId });
        known.set(codeKey(code.name), code.id);
        created++;
      }
      if (next.length === pending.length) break;
      pending = next;
    }
    for (const row of pending) problems.push(`Dòng ${row.row}: không tìm thấy chủ đề cha “${row.parent}” cho “${row.name}”; chưa thêm chủ đề này.`);
    return { created, existing, problems };
  });
}
