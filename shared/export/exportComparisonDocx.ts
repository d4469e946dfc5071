import type { DocumentHeader } from '../document/header.ts';
import type { ComparisonRow } from './comparisonRow.ts';
import { docxPackage } from './docxPackage.ts';
import { headerBlockXml } from './headerBlockXml.ts';
import { paragraphXml } from './paragraphProperties.ts';
import { RevisionIds } from './revisionMarks.ts';
import { textRunXml } from './runs.ts';
import { trackedRowXml, type RowComment } from './trackedRowXml.ts';
import { XML_DECLARATION, rootOpen } from './xml.ts';

export interface ExportComparisonOptions {
  /** Shown as the author of every tracked change, e.g. "Tiểu ban Văn kiện". */
  author: string;
  /** ISO 8601 date-time of the changes, e.g. the newer draft's date. */
  date: string;
  /** Title in the file's properties. */
  title?: string;
  /** The newer draft's header, printed untracked at the top. */
  header?: DocumentHeader;
}

function commentsXml(comments: readonly RowComment[]): string {
  const items = comments.map(
    (c) => `<w:comment${c.attrs} w:initials="VK">${paragraphXml({}, textRunXml(c.text))}</w:comment>`,
  );
  return `${XML_DECLARATION}${rootOpen('comments')}${items.join('')}</w:comments>`;
}

/**
 * The newer (right) draft as a .docx whose differences from the older (left) draft are real Word
 * tracked changes: accepting all of them gives the right draft's blocks, rejecting all gives the
 * left draft's blocks (a block in both drafts keeps the right draft's number, since renumbering is
 * not a change). A moved block is deleted at its old place and inserted at its new one, with
 * comments linking the two; a split or merge tracks the paragraph marks that join the blocks.
 */
export function exportComparisonDocx(rows: readonly ComparisonRow[], options: ExportComparisonOptions): Uint8Array {
  const ids = new RevisionIds(options.author, options.date);
  const comments: RowComment[] = [];
  let body = options.header ? headerBlockXml(options.header) : '';
  let endsTracked = false;
  for (const row of rows) {
    const out = trackedRowXml(row, rows, ids, comments);
    body += out.xml;
    if (out.xml) endsTracked = out.endsTracked;
  }
  // A document's last paragraph mark cannot be removed, so when the last paragraph's mark is a
  // tracked insertion or deletion, an empty untracked paragraph follows for it to merge into.
  if (endsTracked) body += '<w:p/>';
  return docxPackage({
    body,
    core: { title: options.title ?? 'So sánh dự thảo', creator: options.author, created: options.date },
    commentsXml: comments.length > 0 ? commentsXml(comments) : undefined,
    trackRevisions: true,
  });
}
