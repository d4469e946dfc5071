/**
 * Imports a text file: .txt as plain UTF-8 text, .md as Markdown. This is importFile's text
 * branch on its own, so that what reads only text files (the command line comparing two .txt
 * files) does not load the .docx reader, whose zip code builds its tables as it loads (about
 * 8 ms of a 0.1 s `vankien compare`). Pure; every limit of IMPORT_LIMITS holds for what it returns.
 */
import { checkDocumentBounds, checkTextBounds } from './documentBounds.ts';
import type { ImportResult } from './importResult.ts';
import { MAX_IMPORT_BYTES, emptyFile, encryptedDocx, legacyDoc, tooLarge } from './importErrors.ts';
import type { NumberingScheme } from '../numbering/scheme.ts';
import { type Container, sniffContainer } from './sniff.ts';
import { recogniseText } from './text/recogniseText.ts';
import { decodeText } from './utf8.ts';

export const extensionOf = (name: string) => /\.([^./\\]+)$/u.exec(name)?.[1]?.toLowerCase() ?? '';

const MARKDOWN_EXTENSIONS = ['md', 'markdown'];
const TEXT_EXTENSIONS = ['txt', 'text', ...MARKDOWN_EXTENSIONS];

/** Whether importFile reads a file of this name as text whatever its bytes (.txt, .text, .md, .markdown). */
export const isTextFileName = (name: string) => TEXT_EXTENSIONS.includes(extensionOf(name));

/** Whether a text file of this name is read as Markdown (.md, .markdown). */
export const isMarkdownFileName = (name: string) => MARKDOWN_EXTENSIONS.includes(extensionOf(name));

/** What every file must pass before its kind is read: not empty, not too large, not an OLE (old Word or encrypted) file. Returns what its bytes are. */
export function checkFileBytes(bytes: Uint8Array, fileName: string): Container {
  if (bytes.length === 0) throw emptyFile(fileName);
  if (bytes.length > MAX_IMPORT_BYTES) throw tooLarge(fileName, bytes.length);
  const container = sniffContainer(bytes);
  if (container === 'ole-encrypted') throw encryptedDocx(fileName);
  if (container === 'ole') throw legacyDoc(fileName);
  return container;
}

/** The text of a file whose bytes passed checkFileBytes, recognised as a document (Markdown when `markdown`). */
export function readText(bytes: Uint8Array, fileName: string, markdown: boolean, numbering: NumberingScheme | undefined): ImportResult {
  const text = decodeText(bytes, fileName);
  if (text.trim() === '') throw emptyFile(fileName);
  checkTextBounds(text, fileName);
  return recogniseText(text, { markdown, numbering });
}

/** A .txt or .md file (isTextFileName) as importFile imports it. */
export function importText(bytes: Uint8Array, fileName: string, options: { numbering?: NumberingScheme } = {}): ImportResult {
  checkFileBytes(bytes, fileName);
  const result = readText(bytes, fileName, isMarkdownFileName(fileName), options.numbering);
  checkDocumentBounds(result.doc, fileName);
  return result;
}
