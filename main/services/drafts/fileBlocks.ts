import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Node } from 'prosemirror-model';
import type { NumberedBlock } from '../../../shared/document/flatBlock.ts';
import { schema } from '../../../shared/document/schema.ts';
import { AppError } from '../../../shared/errors.ts';
import { importFile } from '../../../shared/import/index.ts';
import { numberedBlocksOf } from './numberedBlocksOf.ts';

/**
 * A .docx/.txt/.md file's blocks, numbered with the default scheme, as the CLI compares them.
 * An import's ids ("b1", "b2"…) only count blocks, so they are replaced by ids no other side can
 * have (`side` + index): two files are aligned by their text, never by position.
 */
export function fileBlocks(path: string, side: string): NumberedBlock[] {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new AppError('not_found', `Không đọc được tệp ${path}. Hãy kiểm tra đường dẫn.`);
  }
  return fileContent(bytes, basename(path), side).blocks;
}

/** A file's document and its blocks as fileBlocks gives them (ids `side:index`), from its bytes. */
export function fileContent(bytes: Uint8Array, fileName: string, side: string): { doc: Node; blocks: NumberedBlock[] } {
  const doc = Node.fromJSON(schema, importFile(bytes, fileName).doc);
  return { doc, blocks: numberedBlocksOf(doc).map((block, i) => ({ ...block, id: `${side}:${i}` })) };
}
