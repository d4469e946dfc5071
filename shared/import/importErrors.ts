/**
 * The expected failures of importing a file, each an AppError with a stable code and a
 * Vietnamese sentence naming the file, the problem and what to do about it.
 */
import { AppError } from '../errors.ts';
import { IMPORT_LIMITS, type ImportLimits } from './limits.ts';

/** The largest file we import: 50 MB. */
export const MAX_IMPORT_BYTES = IMPORT_LIMITS.fileBytes;

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const count = (n: number) => n.toLocaleString('vi-VN');

export const emptyFile = (name: string) =>
  new AppError('file_empty', `Tệp “${name}” không có nội dung. Hãy kiểm tra lại tệp rồi nhập lại.`);

export const tooLarge = (name: string, bytes: number) =>
  new AppError(
    'file_too_large',
    `Tệp “${name}” quá lớn (${(bytes / 1024 / 1024).toFixed(1)} MB, tối đa ${mb(IMPORT_LIMITS.fileBytes)}). Hãy bỏ bớt hình ảnh hoặc tách tệp rồi nhập lại.`,
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

/** A package that inflates past a limit: a damaged file, or one made to exhaust the server. */
export const expandsTooMuch = (name: string, why: string, limits: Pick<ImportLimits, 'partBytes' | 'totalBytes' | 'ratio'> = IMPORT_LIMITS) =>
  new AppError(
    'file_expands_too_much',
    `Tệp “${name}” giải nén ra quá lớn (${why}; giới hạn: mỗi phần ${mb(limits.partBytes)}, tổng ${mb(limits.totalBytes)}, nở ra không quá ${limits.ratio} lần) nên không được nhập. Tệp có thể bị hỏng hoặc không phải văn bản Word thông thường; hãy mở bằng Word, lưu lại dưới dạng .docx rồi nhập lại.`,
  );

/** Structure nested or repeated past a limit (tables in tables, XML depth, element count). */
export const tooComplex = (name: string, why: string) =>
  new AppError(
    'file_too_complex',
    `Tệp “${name}” có cấu trúc quá phức tạp (${why}) nên không được nhập. Hãy mở bằng Word, bỏ bớt bảng lồng trong bảng hoặc tách tệp, lưu lại rồi nhập lại.`,
  );

/** An import that would make a document past the block, node or character limit. */
export const documentTooLarge = (name: string, why: string, limits: Pick<ImportLimits, 'blocks' | 'nodes' | 'characters'> = IMPORT_LIMITS) =>
  new AppError(
    'document_too_large',
    `Tệp “${name}” tạo ra văn kiện quá lớn (${why}) nên không được nhập. Một văn kiện có tối đa ${count(limits.blocks)} khối, ${count(limits.nodes)} đoạn, ô bảng và mẩu chữ, ${count(limits.characters)} ký tự (hơn mười lần một báo cáo chính trị). Hãy tách tệp thành nhiều văn kiện rồi nhập từng phần.`,
  );
