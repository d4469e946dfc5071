import type { Node } from 'prosemirror-model';
import type { NumberedBlock } from '../document/flatBlock.ts';
import { flattenDoc } from '../document/flatten.ts';
import { DEFAULT_SCHEME, numberBlocks, type NumberingScheme } from '../numbering/index.ts';

/** The top-level blocks of a document with the numbers `scheme` derives for them. */
export function numberedBlocksOf(doc: Node, scheme: NumberingScheme = DEFAULT_SCHEME): NumberedBlock[] {
  const flat = flattenDoc(doc);
  const numbers = numberBlocks(flat, scheme);
  return flat.map((block, i) => ({ ...block, number: numbers[i] }));
}
