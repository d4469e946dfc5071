import { Fragment, Node, Slice } from 'prosemirror-model';
import { freshIdsForSlice } from '../../../shared/editor/plugins/blockIds.ts';
import { HEADER_FIELDS } from '../../../shared/document/header.ts';
import { schema } from '../../../shared/editor/schema.ts';
import type { NodeJson } from '../../../shared/import/index.ts';
import { buildDoc, recogniseItems, recogniseText } from '../../../shared/import/index.ts';
import { wordHtmlItems } from './wordHtml.ts';

/** Word puts its own namespaces and Mso classes in the HTML it copies. */
export function isWordHtml(html: string): boolean {
  return /urn:schemas-microsoft-com:office|class="?Mso|<meta[^>]+Word\.Document/iu.test(html);
}

/** A header recognised in pasted text becomes plain paragraphs: a header can only open a document. */
function headerParagraphs(json: NodeJson): Node[] {
  return HEADER_FIELDS.map((field) => String(json.attrs?.[field] ?? '').trim())
    .filter((value) => value !== '' && value !== 'ĐẢNG CỘNG SẢN VIỆT NAM')
    .map((value) => schema.nodes.paragraph.create(null, schema.text(value)));
}

/** Recognised document content as a closed slice; a header becomes plain paragraphs. */
function blocksSlice(content: readonly NodeJson[]): Slice | null {
  const nodes = content.flatMap((json) => (json.type === 'header' ? headerParagraphs(json) : [Node.fromJSON(schema, json)]));
  if (nodes.length === 0) return null;
  return freshIdsForSlice(new Slice(Fragment.fromArray(nodes), 0, 0));
}

/**
 * The slice to paste for text of two or more non-empty lines: its structure recognised as on
 * import (numbering labels removed and turned into block types, "Một là,", "(7)", "-" …), every
 * block with a fresh id. Null for a single line, which pastes as ordinary text into the block.
 */
export function structuredSliceFromText(text: string): Slice | null {
  const lines = text.split(/\r\n?|\n/u).filter((line) => line.trim() !== '');
  if (lines.length < 2) return null;
  return blocksSlice(recogniseText(text).doc.content);
}

/**
 * The slice to paste for HTML copied from Word: its paragraphs and tables recognised as a .docx
 * import would, bold, italic and underline kept, every block with a fresh id. A single
 * paragraph is an open slice, its text and marks going into the block at the cursor as one line
 * of plain text does (its label, if any, stays text). Null when Word copied no text.
 */
export function structuredSliceFromWordHtml(html: string): Slice | null {
  const items = wordHtmlItems(html);
  if (items.length === 0) return null;
  if (items.length === 1 && items[0].kind === 'para') {
    const block = { kind: 'text' as const, type: 'paragraph' as const, level: null, runs: items[0].runs, label: null };
    const paragraph = Node.fromJSON(schema, buildDoc(null, [block]).doc.content[0]);
    return freshIdsForSlice(new Slice(Fragment.from(paragraph), 1, 1));
  }
  const { header, blocks } = recogniseItems(items);
  return blocksSlice(buildDoc(header, blocks).doc.content);
}
