import type { Node } from 'prosemirror-model';
import { bodyXml } from './bodyXml.ts';
import { docxPackage } from './docxPackage.ts';
import { collectFootnotes, footnotesXml } from './footnotes.ts';

export interface ExportDocxOptions {
  /** Title in the file's properties; by default the header's document type and title. */
  title?: string;
  author?: string;
  /** ISO 8601 creation time for the file's properties; left out when absent. */
  created?: string;
}

/** The document's title for the file properties: "BÁO CÁO CHÍNH TRỊ – <title>", or "". */
export function documentTitle(doc: Node): string {
  const header = doc.firstChild?.type.name === 'header' ? doc.firstChild.attrs : null;
  if (!header) return '';
  return [header.docType, header.title].map((s) => String(s ?? '').trim()).filter(Boolean).join(' – ');
}

/**
 * A document as a .docx laid out per Hướng dẫn 36-HD/VPTW (sizes in layout.ts). `labels[i]` is
 * the number of the i-th top-level block (null when unnumbered) and is printed as literal text
 * ("II. ", "a) ") at the start of the block, so that import gives back structure and numbers.
 */
export function exportDocx(doc: Node, labels: readonly (string | null)[], options: ExportDocxOptions = {}): Uint8Array {
  const footnotes = collectFootnotes(doc);
  return docxPackage({
    body: bodyXml(doc, labels, footnotes),
    core: { title: options.title ?? documentTitle(doc), creator: options.author, created: options.created },
    footnotesXml: footnotes.notes.length > 0 ? footnotesXml(footnotes) : undefined,
  });
}
