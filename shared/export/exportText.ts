import type { Node } from 'prosemirror-model';
import type { DocumentHeader } from '../document/header.ts';
import { flattenBlock } from '../document/flatten.ts';
import { placeAndDate } from './headerBlockXml.ts';
import { exportBlockPrefix } from './numberPrefix.ts';
import { TITLE_DASHES } from './layout.ts';

/** The header as plain text: the header table's lines (draft label first), a blank line, then type, title and dashes. */
function headerText(h: DocumentHeader): string {
  const table = [h.draftLabel, h.superiorBody, ...h.issuingBody.split('\n'), h.issuingBody.trim() ? '*' : '', h.number, placeAndDate(h)];
  const heading = [h.docType, h.title, h.title.trim() ? TITLE_DASHES : ''];
  const lines = (xs: string[]) => xs.map((x) => x.trim()).filter(Boolean).join('\n');
  return [lines(table), lines(heading)].filter(Boolean).join('\n\n');
}

/**
 * A document as plain text (UTF-8 when written, lines ending in "\n"): the header, then every
 * block as its number prefix ("II. ", "Một là, ") and its text, blocks separated by a blank line.
 * Tables have a row per line and tab-separated cells; footnotes stay where they are in the body.
 */
export function exportText(doc: Node, labels: readonly (string | null)[]): string {
  const parts: string[] = [];
  doc.forEach((block, _offset, i) => {
    if (block.type.name === 'header') {
      const text = headerText(block.attrs as unknown as DocumentHeader);
      if (text) parts.push(text);
      return;
    }
    const { text } = flattenBlock(block);
    parts.push(exportBlockPrefix(block.type.name, labels[i] ?? null, text) + text);
  });
  return `${parts.join('\n\n')}\n`;
}
