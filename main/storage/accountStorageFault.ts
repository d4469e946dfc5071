import { AppError } from '../../shared/errors.ts';
import { type StorageFault, storageFaultOf } from './storageFault.ts';

/** How long a client is told to wait before trying again when the account file is locked (Retry-After). */
export const ACCOUNT_LOCK_RETRY_SECONDS = 5;

const MESSAGES: Record<StorageFault, string> = {
  storage_locked:
    'Máy chủ nhóm tạm thời không ghi được tệp tài khoản: một chương trình khác (trình xem cơ sở dữ liệu, phần mềm sao lưu) đang khoá nó. Hãy thử lại sau ít giây; nếu vẫn không được, hãy báo người quản trị máy chủ.',
  disk_full: 'Ổ đĩa chứa tệp tài khoản của máy chủ nhóm đã đầy. Hãy báo người quản trị máy chủ giải phóng chỗ trống rồi thử lại.',
  storage_readonly: 'Máy chủ nhóm không có quyền ghi vào tệp tài khoản. Hãy báo người quản trị máy chủ cấp quyền ghi rồi thử lại.',
  storage_failed: 'Máy chủ nhóm không ghi được tệp tài khoản (lỗi đọc ghi đĩa). Hãy thử lại; nếu lỗi còn lặp lại, hãy báo người quản trị máy chủ.',
};

/**
 * A storage fault of a team server's account file (`accounts.sqlite`), not of a workspace file:
 * the person at the client cannot close the program that holds it, so the sentence says to try
 * again (and whom to tell), and a lock is a 503 with Retry-After (the server will be able to
 * answer shortly), where a workspace file's lock is a 423 naming the program to close.
 */
export class AccountStorageFault extends AppError {
  readonly status: number;
  readonly retryAfterSeconds: number | undefined;
  constructor(fault: StorageFault, cause: unknown) {
    super(fault, `Chưa thực hiện được. ${MESSAGES[fault]}`, { cause });
    this.status = fault === 'disk_full' ? 507 : 503;
    this.retryAfterSeconds = fault === 'storage_locked' ? ACCOUNT_LOCK_RETRY_SECONDS : undefined;
  }
}

/** `error` as an AccountStorageFault when it is a storage fault; otherwise `error` unchanged. */
export function asAccountStorageError(error: unknown): unknown {
  if (error instanceof AccountStorageFault) return error;
  const fault = storageFaultOf(error);
  return fault ? new AccountStorageFault(fault, error) : error;
}

/** Runs `fn` (sync or async) on the account file: its storage faults come out as AccountStorageFaults. */
export async function onAccountFile<T>(fn: () => T | Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw asAccountStorageError(error);
  }
}
