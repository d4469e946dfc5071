import type { Node } from 'prosemirror-model';
import type { NumberedBlock } from '../../../shared/document/flatBlock.ts';
import { flattenDoc } from '../../../shared/document/flatten.ts';
import { DEFAULT_SCHEME, numberBlocks, parseNumberingScheme, type NumberingScheme } from '../../../shared/numbering/index.ts';

/** The top-level blocks of a document with the numbers `scheme` derives for them. */
export function numberedBlocksOf(doc: Node, scheme: NumberingScheme = DEFAULT_SCHEME): NumberedBlock[] {
  const flat = flattenDoc(doc);
  const numbers = numberBlocks(flat, scheme);
  return flat.map((block, i) => ({ ...block, number: numbers[i] }));
}

/** A scheme stored with a draft (JSON text, null for the default); an unreadable one falls back to the default. */
export function schemeFromJson(json: string | null): NumberingScheme {
  if (json === null) return DEFAULT_SCHEME;
  try {
    return parseNumberingScheme(JSON.parse(json));
  } catch {
    // A draft must stay readable even if its stored scheme no longer validates.
    return DEFAULT_SCHEME;
  }
}
