import { Fragment, Node, Slice } from 'prosemirror-model';
import { freshIdsForSlice } from '../../shared/document/blockIds.ts';
import { HEADER_FIELDS } from '../../shared/document/header.ts';
import { schema } from '../../shared/document/schema.ts';
import type { NodeJson } from '../../shared/import/index.ts';
import { recogniseText } from '../../shared/import/index.ts';

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

/**
 * The slice to paste for text of two or more non-empty lines: its structure recognised as on
 * import (numbering labels removed and turned into block types, "Một là,", "(7)", "-" …), every
 * block with a fresh id. Null for a single line, which pastes as ordinary text into the block.
 */
export function structuredSliceFromText(text: string): Slice | null {
  const lines = text.split(/\r\n?|\n/u).filter((line) => line.trim() !== '');
  if (lines.length < 2) return null;
  const { doc } = recogniseText(text);
  const nodes = doc.content.flatMap((json) => (json.type === 'header' ? headerParagraphs(json) : [Node.fromJSON(schema, json)]));
  if (nodes.length === 0) return null;
  return freshIdsForSlice(new Slice(Fragment.fromArray(nodes), 0, 0));
}
