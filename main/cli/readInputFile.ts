import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { MAX_IMPORT_BYTES } from '../../shared/import/index.ts';

/** Reads a file named on the command line, refusing what cannot be a document before reading it all. */
export function readInputFile(path: string): { bytes: Uint8Array; fileName: string } {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new AppError('not_found', `Không tìm thấy tệp ${path}.`);
  }
  if (size > MAX_IMPORT_BYTES) throw new AppError('file_too_large', `Tệp ${path} lớn hơn 50 MB; hãy tách hoặc nén ảnh trước khi nhập.`);
  return { bytes: new Uint8Array(readFileSync(path)), fileName: basename(path) };
}
