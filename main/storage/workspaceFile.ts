import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { AppError } from '../../shared/errors.ts';
import { SCHEMA_VERSION } from './migrations.ts';

/** `PRAGMA application_id` of every workspace file: "VKWS". */
export const APPLICATION_ID = 0x564b5753;
export const WORKSPACE_EXTENSION = '.vkws';

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/**
 * Checks, by reading its 100-byte header only, that `path` is a workspace this version can open.
 * A foreign or corrupt file is never opened by SQLite, so it cannot be modified by the attempt.
 */
export function checkWorkspaceHeader(path: string): void {
  if (!existsSync(path)) throw new AppError('not_found', `Không tìm thấy tệp không gian làm việc: ${path}`);
  if (statSync(path).isDirectory()) throw new AppError('workspace_corrupt', `${path} là một thư mục, không phải tệp không gian làm việc.`);
  const header = readHeader(path);
  if (header.length < 100 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    throw new AppError(
      'workspace_corrupt',
      `Tệp ${path} không phải là không gian làm việc Văn Kiện (không đọc được như cơ sở dữ liệu). Tệp được giữ nguyên; hãy chọn tệp .vkws khác hoặc khôi phục từ bản sao lưu.`,
    );
  }
  if (header.readUInt32BE(68) !== APPLICATION_ID) {
    throw new AppError(
      'workspace_foreign',
      `Tệp ${path} là cơ sở dữ liệu của một chương trình khác, không phải không gian làm việc Văn Kiện. Tệp được giữ nguyên.`,
    );
  }
  if (header.readUInt32BE(60) > SCHEMA_VERSION) {
    throw new AppError(
      'workspace_newer',
      `Không gian làm việc ${path} được tạo bởi phiên bản mới hơn của Văn Kiện Studio. Hãy cập nhật ứng dụng để mở.`,
    );
  }
}

function readHeader(path: string): Buffer {
  const buffer = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  try {
    const bytesRead = readSync(fd, buffer, 0, 100, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    closeSync(fd);
  }
}

/**
 * A workspace file SQLite cannot read (a damaged page, a failed integrity check). The sentence
 * is ours; SQLite's own text goes into `detail` only.
 */
export function damagedWorkspace(path: string, cause: unknown): AppError {
  return new AppError(
    'workspace_corrupt',
    `Không gian làm việc ${path} bị hỏng: một phần nội dung của tệp không đọc được. Tệp được giữ nguyên, không bị sửa; hãy mở bản sao lưu gần nhất của nó thay cho tệp này.`,
    { detail: (cause as Error)?.message ?? String(cause), cause },
  );
}
