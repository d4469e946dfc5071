import type { Node } from 'prosemirror-model';
import { paragraphXml } from './paragraphProperties.ts';
import { inlineRunsXml, type FootnoteLookup } from './runs.ts';
import { XML_DECLARATION, rootOpen } from './xml.ts';

/**
 * The footnotes of a document as Word sees them: every footnote block that some footnote_ref
 * mark points to, numbered 1, 2, … in the order of first reference (Word renumbers by position
 * anyway). Footnote blocks nobody refers to are not here; they stay in the body as small text.
 */
export interface FootnoteTable {
  lookup: FootnoteLookup;
  /** Footnote blocks in Word id order (id = index + 1). */
  notes: Node[];
  isReferenced(blockId: string | null): boolean;
}

export function collectFootnotes(doc: Node): FootnoteTable {
  const blocks = new Map<string, Node>();
  doc.forEach((child) => {
    if (child.type.name === 'footnote' && child.attrs.id) blocks.set(child.attrs.id as string, child);
  });
  const ids = new Map<string, number>();
  const notes: Node[] = [];
  doc.descendants((node) => {
    for (const mark of node.marks) {
      const note = mark.type.name === 'footnote_ref' ? String(mark.attrs.note ?? '') : '';
      const block = blocks.get(note);
      if (block && !ids.has(note)) {
        notes.push(block);
        ids.set(note, notes.length);
      }
    }
    return true;
  });
  return {
    lookup: (noteId) => ids.get(noteId) ?? null,
    notes,
    isReferenced: (blockId) => blockId !== null && ids.has(blockId),
  };
}

const SEPARATORS =
  '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>' +
  '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>';

/** word/footnotes.xml with the two separators Word expects and one footnote per note. */
export function footnotesXml(table: FootnoteTable): string {
  const notes = table.notes.map((note, i) => {
    const mark = '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>';
    // A footnote's own text cannot hold further footnotes: refs inside it stay text.
    return `<w:footnote w:id="${i + 1}">${paragraphXml({ styleId: 'FootnoteText' }, mark + inlineRunsXml(note, () => null))}</w:footnote>`;
  });
  return `${XML_DECLARATION}${rootOpen('footnotes')}${SEPARATORS}${notes.join('')}</w:footnotes>`;
}
