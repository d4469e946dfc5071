import { Node } from 'prosemirror-model';
import type { NumberedBlock } from '../document/flatBlock.ts';
import { schema } from '../editor/schema.ts';
import type { ImportResult } from '../import/importResult.ts';
import { numberedBlocksOf } from './numberedBlocksOf.ts';

/**
 * An imported file's document and its blocks, numbered with the scheme its labels show, as a
 * comparison of files takes them. An import's ids ("b1", "b2"…) only count blocks, so they are
 * replaced by ids no other side can have (`side` + index): two files are aligned by their text,
 * never by position.
 */
export function importedContent(result: ImportResult, side: string): { doc: Node; blocks: NumberedBlock[] } {
  const doc = Node.fromJSON(schema, result.doc);
  return { doc, blocks: numberedBlocksOf(doc, result.numbering).map((block, i) => ({ ...block, id: `${side}:${i}` })) };
}
