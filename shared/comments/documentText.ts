import type { Node } from 'prosemirror-model';

/** One text block of the document in its flat text: where its content starts in both. */
export interface TextBlock {
  id: string | null;
  /** ProseMirror position of the block's first content character. */
  pos: number;
  /** Offset of that character in `text`. */
  offset: number;
  length: number;
}

/**
 * A document's text as one string, as the quote of an anchor is searched in: each text block's
 * characters (an inline node that is not text, a footnote reference, is one U+FFFC), blocks
 * separated by a line break. Every character of a block is one ProseMirror position, so
 * offsets and positions convert exactly inside a block.
 */
export interface DocumentText {
  text: string;
  blocks: TextBlock[];
}

export const OBJECT_CHARACTER = '\uFFFC';

export function documentText(doc: Node): DocumentText {
  const parts: string[] = [];
  const blocks: TextBlock[] = [];
  let offset = 0;
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    let text = '';
    node.forEach((child) => {
      text += child.isText ? child.text! : OBJECT_CHARACTER.repeat(child.nodeSize);
    });
    if (blocks.length > 0) offset += 1;
    blocks.push({ id: typeof node.attrs.id === 'string' ? node.attrs.id : null, pos: pos + 1, offset, length: text.length });
    parts.push(text);
    offset += text.length;
    return false;
  });
  return { text: parts.join('\n'), blocks };
}

/** The block an offset of the text falls in (its end included), or the last one before it. */
export function blockAtOffset(text: DocumentText, offset: number): TextBlock | undefined {
  let found: TextBlock | undefined;
  for (const block of text.blocks) {
    if (block.offset > offset) break;
    found = block;
  }
  return found;
}

/** The ProseMirror position of an offset of the text (a line break counts as its block's end). */
export function positionOfOffset(text: DocumentText, offset: number): number {
  const block = blockAtOffset(text, offset);
  if (!block) return 0;
  return block.pos + Math.min(offset - block.offset, block.length);
}

/** The offset of a ProseMirror position in the text: positions between blocks go to the next block's start. */
export function offsetOfPosition(text: DocumentText, pos: number): number {
  for (const block of text.blocks) {
    if (pos <= block.pos + block.length) return block.offset + Math.max(0, pos - block.pos);
  }
  return text.text.length;
}
