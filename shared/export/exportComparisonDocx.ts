import { type DocumentHeader, EMPTY_HEADER } from '../document/header.ts';
import type { ComparisonRow } from './comparisonRow.ts';
import { docxPackage } from './docxPackage.ts';
import { trackedHeaderXml } from './headerBlockXml.ts';
import { paragraphXml } from './paragraphProperties.ts';
import { RevisionIds } from './revisionMarks.ts';
import { textRunXml } from './runs.ts';
import { trackedRowXml, type RowComment } from './trackedRowXml.ts';
import { XML_DECLARATION, rootOpen } from './xml.ts';

export interface ExportComparisonOptions {
  /** Shown as the author of every tracked change no one else is named for, e.g. "Tiểu ban Văn kiện". */
  author: string;
  /** Who made each row's changes, by row index (from the Yjs attribution); `author` where absent. */
  rowAuthors?: readonly (string | null | undefined)[];
  /** ISO 8601 date-time of the changes, e.g. the newer draft's date. */
  date: string;
  /** Title in the file's properties. */
  title?: string;
  /**
   * The drafts' headers (the attrs of their `header` blocks, a draft's stamped "DỰ THẢO LẦN N";
   * null for a side without one), so that the header is laid out in the 36-HD form with its changed
   * fields tracked. It is written once: at the first header row, or first of all when no row is a
   * header (a header that holds only a draft's stamp is no block of the comparison). Without them
   * a header row is plain text.
   */
  headers?: { older: DocumentHeader | null; newer: DocumentHeader | null };
}

const NO_HEADER: DocumentHeader = { ...EMPTY_HEADER, superiorBody: '' };
const isHeaderRow = (row: ComparisonRow) => (row.right ?? row.left)?.type === 'header';

function commentsXml(comments: readonly RowComment[]): string {
  const items = comments.map(
    (c) => `<w:comment${c.attrs} w:initials="VK">${paragraphXml({}, textRunXml(c.text))}</w:comment>`,
  );
  return `${XML_DECLARATION}${rootOpen('comments')}${items.join('')}</w:comments>`;
}

/**
 * The newer (right) draft as a .docx whose differences from the older (left) draft are real Word
 * tracked changes: accepting all of them gives the right draft, rejecting all gives the left draft,
 * in both cases numbers, paragraph styles and bold, italic and underline included (a number that
 * changed is deleted and the new one inserted; a style change is a `w:pPrChange`, an emphasis
 * change a `w:rPrChange`). A moved block is a real move (`w:moveFrom`/`w:moveTo` with their
 * ranges) with comments linking the two places; a split or merge tracks the paragraph marks that
 * join the blocks. The header is laid out as in a plain export, its changed fields tracked (each
 * draft's "DỰ THẢO LẦN N" too, so accepting gives the newer's stamp and rejecting the older's).
 */
export function exportComparisonDocx(rows: readonly ComparisonRow[], options: ExportComparisonOptions): Uint8Array {
  const ids = new RevisionIds(options.author, options.date);
  const comments: RowComment[] = [];
  const headers = options.headers;
  let header: string | null = null;
  const writeHeader = () => (header = trackedHeaderXml(headers?.older ?? NO_HEADER, headers?.newer ?? NO_HEADER, ids));
  let body = '';
  let endsTracked = false;
  rows.forEach((row, index) => {
    if (headers && isHeaderRow(row)) {
      ids.writtenBy(options.rowAuthors?.[index] ?? options.author);
      // One header for both drafts, however many rows the comparison gave it (deleted and inserted).
      if (header === null) body += writeHeader();
      endsTracked = false;
      return;
    }
    ids.writtenBy(options.rowAuthors?.[index] ?? options.author);
    const out = trackedRowXml(row, index, rows, ids, comments);
    body += out.xml;
    if (out.xml) endsTracked = out.endsTracked;
  });
  // A document's last paragraph mark cannot be removed, so when the last paragraph's mark is a
  // tracked insertion or deletion, an empty untracked paragraph follows for it to merge into.
  if (endsTracked) body += '<w:p/>';
  if (headers && header === null && (headers.older || headers.newer)) {
    ids.writtenBy(options.author);
    body = writeHeader() + body;
  }
  return docxPackage({
    body,
    core: { title: options.title ?? 'So sánh dự thảo', creator: options.author, created: options.date },
    commentsXml: comments.length > 0 ? commentsXml(comments) : undefined,
    trackRevisions: true,
  });
}
