import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { storageFaultOf } from './storageFault.ts';

/** SQLite's "cannot open" primary result code (node:sqlite puts the extended code in `errcode`). */
const SQLITE_CANTOPEN = 14;

/**
 * Why this process may not write the workspace file at `path` (or the folder it is in, where
 * SQLite makes its -wal and -shm files), or null when it may. Root passes permission checks but
 * not a read-only mount, which `access` reports as EROFS all the same.
 */
export function writeRefusal(path: string): AppError | null {
  for (const target of existsSync(path) ? [path, dirname(path)] : [dirname(path)]) {
    try {
      accessSync(target, constants.W_OK);
    } catch (error) {
      if (storageFaultOf(error) === 'storage_readonly') return readOnlyWorkspace(path, error);
      throw error;
    }
  }
  return null;
}

/** The workspace file cannot be written: a permission problem, never damage. */
export function readOnlyWorkspace(path: string, cause: unknown): AppError {
  return new AppError(
    'storage_readonly',
    `Không ghi được vào không gian làm việc ${path}: tệp hoặc thư mục chứa nó chỉ cho đọc (thiếu quyền ghi, hoặc ổ đĩa chỉ đọc). Dữ liệu trong tệp vẫn nguyên vẹn, đừng khôi phục bản sao lưu đè lên. Hãy cấp quyền ghi cho tệp và thư mục, hoặc chép tệp vào một thư mục bạn được ghi rồi mở bản chép.`,
    { detail: (cause as Error)?.message, cause },
  );
}

/** The data folder cannot be written: the server needs to (its lock, new workspaces, edits). */
export function readOnlyDataFolder(dataDir: string, cause: unknown): AppError {
  return new AppError(
    'storage_readonly',
    `Không ghi được vào thư mục dữ liệu ${dataDir}: thư mục chỉ cho đọc (thiếu quyền ghi, hoặc ổ đĩa chỉ đọc). Các không gian làm việc trong đó vẫn nguyên vẹn. Hãy cấp quyền ghi cho thư mục, hoặc chọn thư mục dữ liệu khác (--data).`,
    { detail: (cause as Error)?.message, cause },
  );
}

/**
 * Whether an error thrown by the file system or SQLite means "not allowed to write" (as
 * storageFaultOf classifies it), or is SQLite's "cannot open" for want of room to make its
 * -wal/-shm beside a file in a folder that may not be written.
 */
export function isWriteRefused(error: unknown, path: string): boolean {
  if (storageFaultOf(error) === 'storage_readonly') return true;
  const { errcode } = error as { errcode?: number };
  return errcode !== undefined && (errcode & 0xff) === SQLITE_CANTOPEN && writeRefusal(path) !== null;
}
