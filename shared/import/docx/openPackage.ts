/**
 * Opens a .docx package and returns the XML parts we read. Failures are the user's file, not
 * our bug: an OLE file is an old .doc or a password-protected .docx, anything that does not
 * unzip or lacks word/document.xml is malformed, and a package that inflates past the limits is
 * refused before any of it is parsed (unzipParts).
 */
import { encryptedDocx, legacyDoc, malformedDocx } from '../importErrors.ts';
import { sniffContainer } from '../sniff.ts';
import { decodeText } from '../utf8.ts';
import { unzipParts } from './unzipParts.ts';

export interface DocxParts {
  document: string;
  styles: string | null;
  numbering: string | null;
  footnotes: string | null;
}

const PARTS = ['word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'word/footnotes.xml'];

export function openPackage(bytes: Uint8Array, fileName: string): DocxParts {
  const container = sniffContainer(bytes);
  if (container === 'ole-encrypted') throw encryptedDocx(fileName);
  if (container === 'ole') throw legacyDoc(fileName);
  if (container !== 'zip') throw malformedDocx(fileName, 'không phải gói ZIP');
  const files = unzipParts(bytes, PARTS, fileName);
  const read = (name: string): string | null => {
    const part = files.get(name);
    if (!part) return null;
    try {
      return decodeText(part, name);
    } catch {
      throw malformedDocx(fileName, `${name} không đọc được`);
    }
  };
  const document = read('word/document.xml');
  if (document === null) throw malformedDocx(fileName, 'thiếu word/document.xml');
  return { document, styles: read('word/styles.xml'), numbering: read('word/numbering.xml'), footnotes: read('word/footnotes.xml') };
}
