/**
 * Imports a file the user chose: .docx by its package, .txt as plain UTF-8 text, .md as Markdown. Dispatches by
 * the bytes first (an OLE file is refused whatever its name) and by the extension second.
 * Pure: the result is a ProseMirror document JSON; nothing is written anywhere. Every limit of
 * IMPORT_LIMITS holds for what it returns.
 */
import { checkDocumentBounds } from './documentBounds.ts';
import { readDocx } from './docx/readDocx.ts';
import type { NumberingScheme } from '../numbering/scheme.ts';
import type { ImportResult } from './importResult.ts';
import { legacyDoc, unsupported } from './importErrors.ts';
import { checkFileBytes, extensionOf, isMarkdownFileName, isTextFileName, readText } from './importText.ts';

export interface ImportOptions {
  /** The numbering scheme of the document the file goes into (a draft's document); the default for a new one. */
  numbering?: NumberingScheme;
}

export function importFile(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): ImportResult {
  const result = readFile(bytes, fileName, options.numbering);
  checkDocumentBounds(result.doc, fileName);
  return result;
}

function readFile(bytes: Uint8Array, fileName: string, numbering: NumberingScheme | undefined): ImportResult {
  const container = checkFileBytes(bytes, fileName);
  const ext = extensionOf(fileName);
  if (ext === 'docx' || ext === 'docm' || (container === 'zip' && !isTextFileName(fileName))) return readDocx(bytes, fileName, numbering);
  if (ext === 'doc') throw legacyDoc(fileName);
  if (isTextFileName(fileName)) return readText(bytes, fileName, isMarkdownFileName(fileName), numbering);
  throw unsupported(fileName);
}
