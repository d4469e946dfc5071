import type { Node } from 'prosemirror-model';
import { ptToHalfPoints } from './layout.ts';
import { escapeXml } from './xml.ts';

/** Direct formatting of a run. Absent fields inherit from the paragraph style. */
export interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  sizePt?: number;
  superscript?: boolean;
  /** Switch off the paragraph style's bold and italic where bold and italic are not set. */
  plain?: boolean;
}

/** `<w:rPr>` for a run style; empty string when there is nothing to say. */
export function runPropertiesXml(style: RunStyle): string {
  let xml = '';
  if (style.bold) xml += '<w:b/><w:bCs/>';
  else if (style.plain) xml += '<w:b w:val="0"/><w:bCs w:val="0"/>';
  if (style.italic) xml += '<w:i/><w:iCs/>';
  else if (style.plain) xml += '<w:i w:val="0"/><w:iCs w:val="0"/>';
  // Word validates child order in rPr (CT_RPr): b, i, sz, u, vertAlign.
  if (style.sizePt) xml += `<w:sz w:val="${ptToHalfPoints(style.sizePt)}"/><w:szCs w:val="${ptToHalfPoints(style.sizePt)}"/>`;
  if (style.underline) xml += '<w:u w:val="single"/>';
  if (style.superscript) xml += '<w:vertAlign w:val="superscript"/>';
  return xml ? `<w:rPr>${xml}</w:rPr>` : '';
}

/**
 * The content of one run for a text: "\t" becomes `<w:tab/>`, "\n" becomes `<w:br/>`, the rest
 * `<w:t>` (or `<w:delText>` inside a deletion). Spaces are kept (`xml:space="preserve"`).
 */
export function runContentXml(text: string, textTag: 't' | 'delText' = 't'): string {
  let xml = '';
  for (const piece of text.split(/(\t|\n)/)) {
    if (piece === '\t') xml += '<w:tab/>';
    else if (piece === '\n') xml += '<w:br/>';
    else if (piece) xml += `<w:${textTag} xml:space="preserve">${escapeXml(piece)}</w:${textTag}>`;
  }
  return xml;
}

/** One run for a text; empty string for an empty text. */
export function textRunXml(text: string, style: RunStyle = {}, textTag: 't' | 'delText' = 't'): string {
  if (!text) return '';
  return `<w:r>${runPropertiesXml(style)}${runContentXml(text, textTag)}</w:r>`;
}

/** Looks up the Word footnote id of a footnote block id; null when the note does not exist. */
export type FootnoteLookup = (noteId: string) => number | null;

/** The style of a text node: the base style overlaid with the node's strong/em/underline marks. */
function markedStyle(node: Node, base: RunStyle): RunStyle {
  const style: RunStyle = { ...base };
  for (const mark of node.marks) {
    if (mark.type.name === 'strong') style.bold = true;
    else if (mark.type.name === 'em') style.italic = true;
    else if (mark.type.name === 'underline') style.underline = true;
  }
  return style;
}

/**
 * The runs of a text block's inline content. Text under a footnote_ref mark is the visible marker
 * of the note; it becomes a real `w:footnoteReference` (Word numbers it), or stays superscript text
 * when the note is missing, so no text is ever lost.
 */
export function inlineRunsXml(block: Node, footnoteId: FootnoteLookup, base: RunStyle = {}): string {
  let xml = '';
  block.forEach((child) => {
    if (child.type.name === 'hard_break') {
      xml += '<w:r><w:br/></w:r>';
      return;
    }
    if (!child.isText || !child.text) return;
    const ref = child.marks.find((m) => m.type.name === 'footnote_ref');
    const id = ref ? footnoteId(String(ref.attrs.note ?? '')) : null;
    if (id !== null) {
      xml += `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
    } else {
      xml += textRunXml(child.text, { ...markedStyle(child, base), superscript: ref ? true : base.superscript });
    }
  });
  return xml;
}
