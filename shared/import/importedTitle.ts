import type { Node } from 'prosemirror-model';
import { documentTitle } from '../export/index.ts';

/** Longest title a document takes from its file (the RPC contract allows 300 characters). */
const MAX_TITLE = 300;

/** A first line that reads as a title: in capitals, and not a whole paragraph. */
const TITLE_LINE_MAX = 200;

/** The first block's text when it is a title line in capitals ("THÔNG BÁO NHANH KẾT QUẢ …"), or "". */
function capitalsTitle(doc: Node): string {
  for (let i = 0; i < doc.childCount; i++) {
    const block = doc.child(i);
    const text = block.type.name === 'header' ? '' : block.textContent.replace(/\s+/gu, ' ').trim();
    if (text) return text.length <= TITLE_LINE_MAX && /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text) ? text : '';
  }
  return '';
}

/**
 * What an imported document is called when no title is given: its header's type and title
 * ("BÁO CÁO CHÍNH TRỊ – …") when the file has one, else its first line when that is a title in
 * capitals, else the file's name without extension.
 */
export function importedTitle(doc: Node, fileName: string): string {
  const fromHeader = documentTitle(doc).replace(/\s+/gu, ' ').trim();
  const fromName = fileName.replace(/\.[^.]+$/u, '').trim() || fileName;
  return (fromHeader || capitalsTitle(doc) || fromName).slice(0, MAX_TITLE);
}
