/**
 * The expected failures of a comment file as a whole, each an AppError with a stable code and a
 * Vietnamese sentence naming the file and what to do. Row-level problems are not errors: they
 * are reported (RowProblem) and the rest of the file is imported.
 */
import { AppError } from '../errors.ts';
import { FEEDBACK_LIMITS } from './limits.ts';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export const feedbackTooLarge = (name: string, bytes: number) =>
  new AppError('file_too_large', `Tệp “${name}” quá lớn (${mb(bytes)}, tối đa ${mb(FEEDBACK_LIMITS.fileBytes)}). Hãy tách tệp thành nhiều tệp nhỏ hơn rồi nhập lại.`);

export const feedbackTooManyRows = (name: string) =>
  new AppError('file_too_complex', `Tệp “${name}” có hơn ${FEEDBACK_LIMITS.rows.toLocaleString('vi-VN')} dòng. Hãy tách tệp thành nhiều tệp rồi nhập lại.`);

export const feedbackUnsupported = (name: string) =>
  new AppError('file_unsupported', `Không nhập được tệp “${name}”: tệp góp ý cần là .docx, .xlsx, .csv hoặc .txt. Hãy lưu tệp dưới một trong các định dạng đó rồi nhập lại.`);

export const feedbackEncrypted = (name: string) =>
  new AppError('file_encrypted', `Tệp “${name}” được đặt mật khẩu. Hãy mở tệp, gỡ mật khẩu rồi lưu và nhập lại.`);

export const feedbackMalformed = (name: string, kind: string, detail?: string) =>
  new AppError('file_malformed', `Tệp “${name}” không phải tệp ${kind} hợp lệ hoặc đã bị hỏng. Hãy mở tệp bằng chương trình đã tạo ra nó, lưu lại rồi nhập lại.`, detail === undefined ? {} : { detail });

export const feedbackEncoding = (name: string) =>
  new AppError('file_not_utf8', `Tệp “${name}” không dùng bảng mã UTF-8 hay UTF-16 (có thể là Windows-1258 hoặc TCVN3), nên chữ Việt sẽ bị sai. Hãy mở tệp trong Excel và lưu lại dưới dạng “CSV UTF-8” rồi nhập lại.`);

export const feedbackEmpty = (name: string) =>
  new AppError('file_empty', `Tệp “${name}” không có nội dung. Hãy kiểm tra lại tệp rồi nhập lại.`);

export const feedbackNoComments = (name: string) =>
  new AppError('feedback_no_comments', `Không tìm thấy ý kiến nào trong tệp “${name}”. Bảng cần có hàng tiêu đề với cột “Nội dung góp ý” (hoặc “Ý kiến”, “text”); báo cáo cần các ý được đánh số hoặc gạch đầu dòng.`);

export const feedbackDuplicateFile = (name: string, when: string) =>
  new AppError('feedback_file_duplicate', `Tệp “${name}” đã được nhập lúc ${when} (cùng mã SHA-256). Tệp không được nhập lại; nếu đây là bản có thêm ý kiến, hãy nhập bản mới đó.`);

export const feedbackDuplicateRows = (name: string, rows: number) =>
  new AppError('feedback_rows_duplicate', `${rows.toLocaleString('vi-VN')} ý kiến trong tệp “${name}” đã được nhập trước đây. Hãy chọn “Chỉ nhập ý kiến mới” để bỏ qua các ý kiến đó.`);
