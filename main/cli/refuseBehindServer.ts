import { dirname, resolve } from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { dataFolderHolder } from '../server/dataFolderHolder.ts';

/**
 * Refuses a command that would write a document's working copy when a workspace server holds
 * the folder of `workspaceFile`: the server keeps open documents in memory and its editors would
 * never receive the change, so what they typed afterwards would be lost. Such a change goes
 * through the server (the app). `what` says what was refused, e.g. "Không khôi phục được".
 */
export function refuseBehindServer(workspaceFile: string, what: string): void {
  const holder = dataFolderHolder(dirname(resolve(workspaceFile)));
  if (!holder) return;
  const where = holder.url ? `tại ${holder.url}` : `tiến trình ${holder.pid} trên máy ${holder.host}, đang khởi động`;
  throw new AppError(
    'data_folder_locked',
    `${what} từ dòng lệnh: máy chủ Văn Kiện (${where}, của người dùng ${holder.user}) đang phục vụ thư mục chứa tệp này, và các trình soạn thảo đang mở văn kiện sẽ không nhận được thay đổi, nên những gì họ gõ sau đó sẽ mất. Hãy làm việc này trong ứng dụng (mở ${holder.url ?? 'máy chủ đó'}), hoặc dừng máy chủ rồi chạy lại lệnh.`,
  );
}
