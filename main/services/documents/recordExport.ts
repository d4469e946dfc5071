import type { AuditDetails } from '../../../shared/audit/auditActions.ts';
import { AppError } from '../../../shared/errors.ts';
import { type StorageFault, storageFaultOf } from '../../storage/storageFault.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';

type ExportAction = 'document.export' | 'draft.export' | 'draft.export_comparison' | 'feedback.export' | 'feedback.synthesis_export';

/** Why the audit row could not be written, and what to do, per fault. */
const CAUSES: Record<StorageFault, string> = {
  storage_locked:
    'tệp không gian làm việc đang bị một chương trình khác khoá (trình xem cơ sở dữ liệu, phần mềm sao lưu hay đồng bộ, hoặc một máy chủ Văn Kiện khác). Hãy thử lại khi chương trình đó đóng tệp.',
  disk_full: 'ổ đĩa chứa không gian làm việc đã đầy. Hãy giải phóng chỗ trống trên ổ đĩa đó rồi thử lại.',
  storage_readonly: 'tệp hoặc thư mục chứa nó chỉ cho phép đọc. Hãy cấp quyền ghi rồi thử lại.',
  storage_failed: 'ghi vào tệp gặp lỗi đọc ghi đĩa. Hãy kiểm tra ổ đĩa rồi thử lại.',
};

/**
 * Records an export in the audit log before the file is given out. Exports are audited on
 * purpose (who took a copy out matters), so from a file that can take the row an unrecorded copy
 * is never handed out: a storage fault is refused with its code (423, 507…) and a sentence saying
 * what really happened — the export could not be recorded, nothing was changed — rather than the
 * "not saved" of a failed edit.
 */
export function recordExport<A extends ExportAction>(store: WorkspaceStore, actor: string, action: A, subject: string, details: AuditDetails[A]): void {
  try {
    store.audit.record(actor, action, subject, details);
  } catch (error) {
    const fault = storageFaultOf(error);
    if (!fault) throw error;
    throw new AppError(
      fault,
      `Chưa xuất được tệp: mỗi lần xuất phải được ghi vào nhật ký của không gian làm việc, nhưng ${CAUSES[fault]} Bản sao chưa được trao ra; văn kiện không bị thay đổi.`,
      { detail: (error as Error).message, cause: error },
    );
  }
}
