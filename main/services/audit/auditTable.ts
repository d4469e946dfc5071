import type { ServerAuditEntry } from './auditQuery.ts';

/** The columns of an exported audit log, in order, with their Vietnamese headings. */
export const AUDIT_COLUMNS = ['Thời điểm (giờ Việt Nam)', 'Thời điểm (UTC)', 'Người thực hiện', 'Hành động', 'Không gian làm việc', 'Đối tượng', 'Chi tiết'] as const;

/** Vietnam does not change its clocks: UTC+7 all year. */
const VIETNAM_OFFSET_MS = 7 * 3600_000;

/** "2026-12-03 16:21:05": the entry's time in Vietnam, as an office reads it. */
export function vietnamTime(iso: string): string {
  return new Date(Date.parse(iso) + VIETNAM_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** One row of text per entry, in AUDIT_COLUMNS' order. */
export function auditRows(entries: readonly ServerAuditEntry[]): string[][] {
  return entries.map((entry) => [
    vietnamTime(entry.at),
    entry.at,
    entry.actor,
    entry.action,
    entry.workspaceName ?? (entry.workspaceId === null ? 'Máy chủ (tài khoản)' : entry.workspaceId),
    entry.subject ?? '',
    entry.details === null ? '' : JSON.stringify(entry.details),
  ]);
}
