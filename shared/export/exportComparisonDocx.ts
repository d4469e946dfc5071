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
 * left draft's blocks (numbered as in the right draft, since renumbering is not a change). Moved,
 * split and merged blocks show their word diff where they now stand, with a comment saying so.
 */
export function exportComparisonDocx(rows: readonly ComparisonRow[], options: ExportComparisonOptions): Uint8Array {
  const ids = new RevisionIds(options.author, options.date);
  const comments: RowComment[] = [];
  let body = options.header ? headerBlockXml(options.header) : '';
  for (const row of rows) body += trackedRowXml(row, ids, comments);
  // A document's last paragraph mark cannot be removed, so a wholly inserted or deleted last
  // block gets an empty untracked paragraph after it to merge into.
  const last = rows[rows.length - 1];
  if (last && (last.left === null) !== (last.right === null)) body += '<w:p/>';
  return docxPackage({
    body,
    core: { title: options.title ?? 'So sánh dự thảo', creator: options.author, created: options.date },
    commentsXml: comments.length > 0 ? commentsXml(comments) : undefined,
    trackRevisions: true,
  });
}
