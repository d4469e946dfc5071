import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { NumberedBlock } from '../../shared/document/flatBlock.ts';
import { fileContent } from '../../shared/drafts/fileContent.ts';
import { AppError } from '../../shared/errors.ts';

/** A .docx/.txt/.md file named on the command line, as the CLI compares it (see fileContent). */
export function fileBlocks(path: string, side: string): NumberedBlock[] {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new AppError('not_found', `Không đọc được tệp ${path}. Hãy kiểm tra đường dẫn.`);
  }
  return fileContent(bytes, basename(path), side).blocks;
}
