import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { NumberedBlock } from '../../shared/document/flatBlock.ts';
import { importedBlocks } from '../../shared/drafts/importedBlocks.ts';
import { AppError } from '../../shared/errors.ts';
import { importText, isTextFileName } from '../../shared/import/importText.ts';

/**
 * A .docx/.txt/.md file named on the command line, as the CLI compares it (see importedBlocks:
 * without making a ProseMirror document). A .txt or .md file is read without loading the .docx
 * reader, which loads only for other files.
 */
export async function fileBlocks(path: string, side: string): Promise<NumberedBlock[]> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new AppError('not_found', `Không đọc được tệp ${path}. Hãy kiểm tra đường dẫn.`);
  }
  const name = basename(path);
  const result = isTextFileName(name) ? importText(bytes, name) : (await import('../../shared/import/importFile.ts')).importFile(bytes, name);
  return importedBlocks(result, side);
}
