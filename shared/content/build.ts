import type { Node } from 'prosemirror-model';
import { schema } from '../editor/schema.ts';
import type { FlatBlock } from '../document/flatBlock.ts';

/** Inline content for a text with "\n" as hard breaks. */
function inlineContent(text: string): Node[] {
  const out: Node[] = [];
  text.split('\n').forEach((line, i) => {
    if (i > 0) out.push(schema.nodes.hard_break.create());
    if (line) out.push(schema.text(line));
  });
  return out;
}

/** A table block from its flat text (rows by "\n", cells by "\t"). */
function tableFromText(id: string | null, text: string): Node {
  const rows = text.split('\n').map((row) =>
    schema.nodes.table_row.create(
      null,
      row.split('\t').map((cell) => schema.nodes.table_cell.create(null, schema.nodes.paragraph.create(null, inlineContent(cell)))),
    ),
  );
  return schema.nodes.table.create({ id }, rows);
}

/** A top-level node from a flat block (plain text; marks are not in a FlatBlock). */
export function nodeFromFlatBlock(block: FlatBlock): Node {
  const id = block.id || null;
  if (block.type === 'table') return tableFromText(id, block.text);
  if (block.type === 'header') throw new RangeError('A header is built from its fields, not from text');
  const attrs = block.type === 'heading' ? { id, level: block.level ?? 1 } : { id };
  return schema.nodes[block.type].create(attrs, inlineContent(block.text));
}

/** A document from flat blocks. An empty list gives a document with one empty paragraph. */
export function docFromFlatBlocks(blocks: FlatBlock[], header?: Node): Node {
  const content = blocks.map(nodeFromFlatBlock);
  if (content.length === 0) content.push(schema.nodes.paragraph.create());
  return schema.nodes.doc.create(null, header ? [header, ...content] : content);
}
