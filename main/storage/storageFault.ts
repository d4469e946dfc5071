import { AppError, type ErrorCode } from '../../shared/errors.ts';

/** Why a write to a workspace file failed, as far as the user can do something about it. */
export type StorageFault = 'storage_locked' | 'disk_full' | 'storage_readonly' | 'storage_failed';

// SQLite primary result codes (https://sqlite.org/rescode.html); node:sqlite puts the extended
// code on the error as `errcode` and its text as `errstr`. The primary code is the low byte.
const SQLITE_PERM = 3;
const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;
const SQLITE_READONLY = 8;
const SQLITE_IOERR = 10;
const SQLITE_FULL = 13;
const SQLITE_CANTOPEN = 14;

const BY_SQLITE_CODE: Record<number, StorageFault> = {
  [SQLITE_BUSY]: 'storage_locked',
  [SQLITE_LOCKED]: 'storage_locked',
  [SQLITE_FULL]: 'disk_full',
  [SQLITE_READONLY]: 'storage_readonly',
  [SQLITE_PERM]: 'storage_readonly',
  [SQLITE_IOERR]: 'storage_failed',
  [SQLITE_CANTOPEN]: 'storage_failed',
};

// The same causes when they reach us from the file system (the links file, a new workspace).
const BY_ERRNO: Record<string, StorageFault> = {
  ENOSPC: 'disk_full',
  EDQUOT: 'disk_full',
  EACCES: 'storage_readonly',
  EPERM: 'storage_readonly',
  EROFS: 'storage_readonly',
  EIO: 'storage_failed',
};

/**
 * The storage fault an error stands for, or null when it is not one (a bug, a constraint
 * violation, a corrupt file: those are not the user's disk or another program's lock).
 */
export function storageFaultOf(error: unknown): StorageFault | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, errcode } = error as { code?: unknown; errcode?: unknown };
  if (code === 'ERR_SQLITE_ERROR' && typeof errcode === 'number') return BY_SQLITE_CODE[errcode & 0xff] ?? null;
  if (typeof code === 'string' && Object.hasOwn(BY_ERRNO, code)) return BY_ERRNO[code];
  return null;
}

const MESSAGES: Record<StorageFault, string> = {
  storage_locked:
    'Tệp không gian làm việc đang bị một chương trình khác khoá (trình xem cơ sở dữ liệu, phần mềm sao lưu hay đồng bộ, hoặc một máy chủ Văn Kiện khác). Hãy đóng chương trình đó rồi thử lại.',
  disk_full: 'Ổ đĩa chứa không gian làm việc đã đầy. Hãy giải phóng chỗ trống trên ổ đĩa đó rồi thử lại.',
  storage_readonly:
    'Không ghi được vào không gian làm việc: tệp hoặc thư mục chứa nó chỉ cho phép đọc. Hãy cấp quyền ghi (hoặc chép tệp sang thư mục ghi được) rồi thử lại.',
  storage_failed: 'Không ghi được vào tệp không gian làm việc (lỗi đọc ghi đĩa). Hãy kiểm tra ổ đĩa rồi thử lại; nếu lỗi còn lặp lại, hãy sao lưu tệp.',
};

/** The AppError for a storage fault: nothing of the failed write was kept, and what to do. */
export function storageError(fault: StorageFault): AppError {
  return new AppError(fault satisfies ErrorCode, `Chưa lưu được. ${MESSAGES[fault]}`);
}

/** `error` as an AppError when it is a storage fault; otherwise `error` unchanged. */
export function asStorageError(error: unknown): unknown {
  const fault = storageFaultOf(error);
  return fault ? storageError(fault) : error;
}
