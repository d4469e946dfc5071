import { Node } from 'prosemirror-model';
import type { NumberedBlock } from '../document/flatBlock.ts';
import { schema } from '../editor/schema.ts';
import { importFile } from '../import/index.ts';
import { numberedBlocksOf } from './numberedBlocksOf.ts';

/**
 * A .docx/.txt/.md file's document and its blocks, numbered with the scheme its labels show, as
 * a comparison of files takes them. An import's ids ("b1", "b2"…) only count blocks, so they are
 * replaced by ids no other side can have (`side` + index): two files are aligned by their text,
 * never by position.
 */
export function fileContent(bytes: Uint8Array, fileName: string, side: string): { doc: Node; blocks: NumberedBlock[] } {
  const result = importFile(bytes, fileName);
  const doc = Node.fromJSON(schema, result.doc);
  return { doc, blocks: numberedBlocksOf(doc, result.numbering).map((block, i) => ({ ...block, id: `${side}:${i}` })) };
}
