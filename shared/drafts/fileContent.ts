import type { Node } from 'prosemirror-model';
import type { NumberedBlock } from '../document/flatBlock.ts';
import { importFile } from '../import/importFile.ts';
import { importedContent } from './importedContent.ts';

/** A .docx/.txt/.md file's document and its blocks, as a comparison of files takes them (see importedContent). */
export function fileContent(bytes: Uint8Array, fileName: string, side: string): { doc: Node; blocks: NumberedBlock[] } {
  return importedContent(importFile(bytes, fileName), side);
}
