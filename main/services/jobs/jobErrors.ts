/**
 * The failures of a job that ran past its budget or lost its worker. Nothing was written in any
 * of these cases: jobs only compute, and their callers write after a job succeeded.
 */
import { AppError } from '../../../shared/errors.ts';

export const jobTimeout = (ms: number) =>
  new AppError(
    'job_timeout',
    `Việc xử lý tệp chạy quá ${ms < 1000 ? `${ms} mili giây` : `${Math.round(ms / 1000)} giây`} nên đã bị dừng; chưa có gì được ghi. Tệp có thể quá lớn hoặc quá phức tạp: hãy tách tệp thành nhiều phần rồi thử lại.`,
  );

export const jobOutOfMemory = (mb: number) =>
  new AppError(
    'job_out_of_memory',
    `Việc xử lý tệp cần hơn ${mb} MB bộ nhớ nên đã bị dừng; chưa có gì được ghi. Hãy tách tệp thành nhiều phần rồi thử lại.`,
  );

export const jobFailed = () =>
  new AppError(
    'job_failed',
    'Việc xử lý tệp bị dừng đột ngột; chưa có gì được ghi. Hãy thử lại; nếu vẫn lỗi, hãy báo người quản trị kèm theo tệp.',
  );

export const jobsClosed = () =>
  new AppError('job_failed', 'Máy chủ đang tắt nên việc xử lý tệp bị huỷ; chưa có gì được ghi. Hãy thử lại khi máy chủ chạy lại.');

export const serverBusy = (waiting: number) =>
  new AppError('server_busy', `Máy chủ đang bận xử lý các tệp lớn khác (${waiting} việc đang chờ). Hãy thử lại sau ít phút.`);
