import type { Node } from 'prosemirror-model';
import type { DocumentHeader } from '../document/header.ts';
import { blockParagraphXml, closingPairXml, contentTableXml } from './blockXml.ts';
import type { FootnoteTable } from './footnotes.ts';
import { headerBlockXml } from './headerBlockXml.ts';

const CLOSING_PAIR = new Set(['recipients+signature', 'signature+recipients']);

/**
 * The body of word/document.xml for a document: blocks in order, labels[i] being the number of
 * the i-th top-level block (header included). Referenced footnotes are left out (they live in
 * footnotes.xml); adjacent recipients and signature blocks sit side by side (36-HD).
 */
export function bodyXml(doc: Node, labels: readonly (string | null)[], footnotes: FootnoteTable): string {
  const blocks: Node[] = [];
  doc.forEach((child) => blocks.push(child));
  let xml = '';
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const type = block.type.name;
    const next = blocks[i + 1];
    if (type === 'header') xml += headerBlockXml(block.attrs as unknown as DocumentHeader);
    else if (type === 'table') xml += contentTableXml(block, footnotes.lookup);
    else if (type === 'footnote' && footnotes.isReferenced(block.attrs.id as string | null)) continue;
    else if (next && CLOSING_PAIR.has(`${type}+${next.type.name}`)) {
      xml += closingPairXml(block, next, footnotes.lookup);
      i++;
    } else xml += blockParagraphXml(block, labels[i] ?? null, footnotes.lookup);
  }
  return xml;
}
