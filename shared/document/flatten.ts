import type { Node } from 'prosemirror-model';
import type { BlockType } from './blockTypes.ts';
import { blockEmphasis } from './emphasis.ts';
import type { FlatBlock } from './flatBlock.ts';

/** Plain text of a text block: hard breaks become "\n". */
export function blockText(node: Node): string {
  let text = '';
  node.forEach((child) => {
    if (child.isText) text += child.text;
    else if (child.type.name === 'hard_break') text += '\n';
  });
  return text;
}

/** Plain text of a table: a row per line, cells separated by tabs, cell paragraphs by spaces. */
function tableText(table: Node): string {
  const rows: string[] = [];
  table.forEach((row) => {
    const cells: string[] = [];
    row.forEach((cell) => {
      const paragraphs: string[] = [];
      cell.forEach((p) => paragraphs.push(blockText(p)));
      cells.push(paragraphs.join(' '));
    });
    rows.push(cells.join('\t'));
  });
  return rows.join('\n');
}

/** The header as text, one field per line, empty fields left out. */
function headerText(header: Node): string {
  const { id: _id, ...fields } = header.attrs;
  return Object.values(fields).filter((v) => typeof v === 'string' && v !== '').join('\n');
}

/** A top-level block as a FlatBlock; a text block's bold, italic and underline as its `emphasis`. */
export function flattenBlock(node: Node): FlatBlock {
  const type = node.type.name as BlockType;
  const text = type === 'table' ? tableText(node) : type === 'header' ? headerText(node) : blockText(node);
  const block: FlatBlock = {
    id: node.attrs.id ?? '',
    type,
    level: type === 'heading' ? (node.attrs.level as number) : null,
    text,
  };
  const emphasis = node.isTextblock ? blockEmphasis(node) : undefined;
  if (emphasis) block.emphasis = emphasis;
  return block;
}

/** Every top-level block of a document, in order. */
export function flattenDoc(doc: Node): FlatBlock[] {
  const blocks: FlatBlock[] = [];
  doc.forEach((child) => blocks.push(flattenBlock(child)));
  return blocks;
}
