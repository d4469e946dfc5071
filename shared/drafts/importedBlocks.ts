import type { NumberedBlock } from '../document/flatBlock.ts';
import { flattenDocJson } from '../document/flattenJson.ts';
import type { ImportResult } from '../import/importResult.ts';
import { numberBlocks } from '../numbering/numberBlocks.ts';

/**
 * The blocks of an imported file, as importedContent gives them (numbered with the scheme its
 * labels show, ids `side` + index), read from the import's JSON without making its ProseMirror
 * document: for the command line, which compares two files and needs nothing else.
 */
export function importedBlocks(result: ImportResult, side: string): NumberedBlock[] {
  const flat = flattenDocJson(result.doc);
  const numbers = numberBlocks(flat, result.numbering);
  return flat.map((block, i) => ({ ...block, number: numbers[i], id: `${side}:${i}` }));
}
