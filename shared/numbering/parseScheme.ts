import { AppError } from '../errors.ts';
import { DEFAULT_SCHEME } from './defaultScheme.ts';
import { readScheme } from './readScheme.ts';
import type { NumberingScheme } from './scheme.ts';

/**
 * A numbering scheme from untrusted input (storage, RPC, a settings file). Throws an AppError
 * `bad_request` naming the first wrong field when the value is not a valid scheme.
 */
export function parseNumberingScheme(value: unknown): NumberingScheme {
  const read = readScheme(value);
  if ('scheme' in read) return read.scheme;
  throw new AppError(
    'bad_request',
    `Kiểu đánh số không hợp lệ (${read.path || 'scheme'}: ${read.message}). Hãy chọn lại kiểu đánh số trong phần cài đặt văn bản.`,
  );
}

/**
 * A stored scheme (an object, or its JSON text), or the default when there is none or it does
 * not validate: a scheme written by a newer or broken client must not stop a document or a
 * draft from opening.
 */
export function storedSchemeOrDefault(stored: unknown): NumberingScheme {
  if (stored === undefined || stored === null) return DEFAULT_SCHEME;
  try {
    return parseNumberingScheme(typeof stored === 'string' ? JSON.parse(stored) : stored);
  } catch {
    return DEFAULT_SCHEME;
  }
}
