/**
 * The expected failures of importing a file, each an AppError with a stable code and a
 * Vietnamese sentence naming the file, the problem and what to do about it.
 */
import { AppError } from '../errors.ts';

/** The largest file we import: 50 MB. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export const emptyFile = (name: string) =>
  new AppError('file_empty', `Tệp “${name}” không có nội dung. Hãy kiểm tra lại tệp rồi nhập lại.`);

export const tooLarge = (name: string, bytes: number) =>
  new AppError(
    'file_too_large',
    `Tệp “${name}” quá lớn (${(bytes / 1024 / 1024).toFixed(1)} MB, tối đa 50 MB). Hãy bỏ bớt hình ảnh hoặc tách tệp rồi nhập lại.`,
  );

export const notUtf8 = (name: string) =>
  new AppError(
    'file_not_utf8',
    `Tệp văn bản “${name}” không dùng bảng mã UTF-8 (có thể là Windows-1258, TCVN3 hoặc UTF-16). Hãy mở tệp và lưu lại với bảng mã UTF-8 rồi nhập lại.`,
  );

export const legacyDoc = (name: string) =>
  new AppError(
    'file_legacy_doc',
    `Tệp “${name}” là định dạng Word cũ (.doc). Hãy mở tệp bằng Word và lưu lại dưới dạng .docx rồi nhập lại.`,
  );

export const encryptedDocx = (name: string) =>
  new AppError(
    'file_encrypted',
    `Tệp “${name}” được đặt mật khẩu. Hãy mở tệp bằng Word, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ tài liệu) rồi nhập lại.`,
  );

export const malformedDocx = (name: string, why: string) =>
  new AppError(
    'file_malformed',
    `Tệp “${name}” không phải là tệp Word (.docx) hợp lệ hoặc đã bị hỏng (${why}). Hãy mở tệp bằng Word, lưu lại dưới dạng .docx rồi nhập lại.`,
  );

export const unsupported = (name: string) =>
  new AppError(
    'file_unsupported',
    `Không nhập được tệp “${name}”: chỉ hỗ trợ tệp .docx, .txt và .md. Hãy lưu tài liệu dưới một trong các định dạng đó rồi nhập lại.`,
  );
