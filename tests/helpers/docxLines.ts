import { strFromU8, unzipSync } from 'fflate';
import { child, parseXml, type XmlElement } from '../unit/export/miniXml.ts';

/** The text a paragraph shows (as is, tracked changes not applied): w:t, tabs, line breaks, nothing deleted. */
function paragraphText(el: XmlElement): string {
  let text = '';
  for (const c of el.children) {
    if (typeof c === 'string' || c.name === 'w:pPr' || c.name === 'w:rPr' || c.name === 'w:del' || c.name === 'w:moveFrom') continue;
    if (c.name === 'w:t') text += c.children.join('');
    else if (c.name === 'w:tab') text += '\t';
    else if (c.name === 'w:br' || c.name === 'w:cr') text += '\n';
    else text += paragraphText(c);
  }
  return text;
}

function linesOf(container: XmlElement, out: string[]): void {
  for (const c of container.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'w:p') out.push(paragraphText(c));
    else if (c.name === 'w:tbl' || c.name === 'w:tr' || c.name === 'w:tc' || c.name === 'w:sdt' || c.name === 'w:sdtContent') linesOf(c, out);
  }
}

/**
 * The non-empty paragraphs of a .docx body in reading order, table cells row by row: what a
 * reader sees, to compare two files written by different programs character for character.
 */
export function docxLines(bytes: Uint8Array): string[] {
  const body = child(parseXml(strFromU8(unzipSync(bytes)['word/document.xml'])), 'w:body');
  if (!body) throw new Error('no w:body');
  const out: string[] = [];
  linesOf(body, out);
  return out.filter((line) => line.trim() !== '');
}
