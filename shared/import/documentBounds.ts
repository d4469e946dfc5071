/**
 * The size of an imported document, checked against IMPORT_LIMITS before it becomes a document:
 * a file that passes every package limit still cannot make a document past the block, node or
 * character limit. Counting walks the JSON once, without recursion deeper than the schema allows.
 */
import type { DocJson, NodeJson } from './buildDoc.ts';
import { documentTooLarge } from './importErrors.ts';
import { IMPORT_LIMITS, type ImportLimits } from './limits.ts';

export interface DocumentSize {
  blocks: number;
  nodes: number;
  characters: number;
}

/** Blocks, nodes and characters of `doc` (nodes include the blocks, text nodes and breaks). */
export function documentSize(doc: DocJson): DocumentSize {
  const size: DocumentSize = { blocks: doc.content.length, nodes: 0, characters: 0 };
  const pending: NodeJson[] = [...doc.content];
  for (let node = pending.pop(); node; node = pending.pop()) {
    size.nodes++;
    size.characters += node.text?.length ?? 0;
    if (node.content) for (const child of node.content) pending.push(child);
  }
  return size;
}

const count = (n: number) => n.toLocaleString('vi-VN');

/** Throws document_too_large when `doc` is past a limit. */
export function checkDocumentBounds(doc: DocJson, fileName: string, limits: Pick<ImportLimits, 'blocks' | 'nodes' | 'characters'> = IMPORT_LIMITS): void {
  const size = documentSize(doc);
  if (size.blocks > limits.blocks) throw documentTooLarge(fileName, `${count(size.blocks)} khối`, limits);
  if (size.nodes > limits.nodes) throw documentTooLarge(fileName, `${count(size.nodes)} đoạn, ô bảng và mẩu chữ`, limits);
  if (size.characters > limits.characters) throw documentTooLarge(fileName, `${count(size.characters)} ký tự`, limits);
}

/** For a text file, before recognition: its characters that are not spaces, which the document keeps. */
export function checkTextBounds(text: string, fileName: string, limits: Pick<ImportLimits, 'blocks' | 'nodes' | 'characters'> = IMPORT_LIMITS): void {
  // A text no longer than the limit cannot be past it: counted only when it could be (the count
  // copies the whole text, 4–8 ms of a 30,000-word file in a fresh process).
  if (text.length <= limits.characters) return;
  // The regular expression engine, not a loop of charCodeAt: a 30,000-word file is counted once,
  // in a fresh process, where the loop still runs in V8's interpreter (5 ms against under 1 ms).
  const visible = text.replace(/[ \n\r\t]+/gu, '').length;
  if (visible > limits.characters) throw documentTooLarge(fileName, `${count(visible)} ký tự không kể dấu cách`, limits);
}
