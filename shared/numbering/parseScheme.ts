import { AppError } from '../errors.ts';
import { numberingSchemeSchema, type NumberingScheme } from './scheme.ts';

/**
 * A numbering scheme from untrusted input (storage, RPC, a settings file). Throws an AppError
 * `bad_request` naming the first wrong field when the value is not a valid scheme.
 */
export function parseNumberingScheme(value: unknown): NumberingScheme {
  const result = numberingSchemeSchema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.join('.') || 'scheme';
  throw new AppError(
    'bad_request',
    `Kiểu đánh số không hợp lệ (${where}: ${issue?.message ?? 'sai định dạng'}). Hãy chọn lại kiểu đánh số trong phần cài đặt văn bản.`,
  );
}
