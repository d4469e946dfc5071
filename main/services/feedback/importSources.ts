import { AppError } from '../../../shared/errors.ts';
import { FEEDBACK_LIMITS } from '../../../shared/feedback/limits.ts';
import { coreKey } from '../../../shared/feedback/sources/sourceKeys.ts';
import { sourcesOfSheet } from '../../../shared/feedback/sources/sourcesOfSheet.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { inlineJobs, type JobRunner } from '../jobs/jobs.ts';
import { type Rematched, rematchFlagged } from './rematchFlagged.ts';

export interface SourcesImported {
  created: number;
  updated: number;
  problems: string[];
  /** The flagged items matched again against the registry the file leaves (rematchFlagged). */
  rematched: Rematched;
}

/**
 * Imports a registry file into the sources, in one transaction. A row whose name is already a
 * source's (by its key: case, tone placement and "Đảng bộ"/"ĐB" aside) adds its aliases to it;
 * the others are created, parents (by name, in the file or the registry) after them; then the
 * items still flagged are matched again against the new registry (audited about the workspace,
 * whose registry it is: the file touches many sources).
 */
export async function importSources(store: WorkspaceStore, file: { fileName: string; bytes: Uint8Array }, actor = 'system', jobs: JobRunner = inlineJobs): Promise<SourcesImported> {
  const sheets = await jobs.run('readSheets', file, file.bytes.byteLength);
  const read = sheets.map(sourcesOfSheet);
  const rows = read.flatMap((r) => r.sources);
  const problems = read.flatMap((r) => r.problems);
  if (rows.length === 0) throw new AppError('feedback_no_comments', `Không tìm thấy đơn vị nào trong tệp “${file.fileName}”. ${problems[0] ?? ''}`.trim());
  if (rows.length > FEEDBACK_LIMITS.sources) throw new AppError('file_too_complex', `Tệp “${file.fileName}” có hơn ${FEEDBACK_LIMITS.sources.toLocaleString('vi-VN')} đơn vị.`);
  return store.transaction(() => {
    const byKey = new Map(store.sources.list().map((source) => [coreKey(source.name), source]));
    let created = 0;
    let updated = 0;
    for (const row of rows) {
      const known = byKey.get(coreKey(row.name));
      if (known) {
        const aliases = [...new Set([...known.aliases, ...row.aliases])];
        if (aliases.length !== known.aliases.length) { byKey.set(coreKey(row.name), store.sources.update(known.id, { ...known, aliases }, actor)); updated++; }
      } else {
        byKey.set(coreKey(row.name), store.sources.create({ name: row.name, aliases: row.aliases, level: row.level, parentId: null }, actor));
        created++;
      }
    }
    for (const row of rows.filter((r) => r.parent !== null)) {
      const source = byKey.get(coreKey(row.name))!;
      const parent = byKey.get(coreKey(row.parent!));
      if (!parent) { problems.push(`Dòng ${row.row}: không tìm thấy đơn vị cấp trên “${row.parent}”; đã nhập “${row.name}” không có cấp trên.`); continue; }
      if (source.parentId !== parent.id) byKey.set(coreKey(row.name), store.sources.update(source.id, { ...source, parentId: parent.id }, actor));
    }
    return { created, updated, problems, rematched: rematchFlagged(store, store.meta().id, actor) };
  });
}
