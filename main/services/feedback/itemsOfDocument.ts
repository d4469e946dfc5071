import { recogniseReferences } from '../../../shared/feedback/references.ts';
import type { DocumentSummary } from '../../../shared/rpc/documentContract.ts';
import { compareKey } from '../../../shared/text/normalize.ts';

/**
 * Whether an item that names the document `title` (as its file or column wrote it: "Báo cáo
 * chính trị", "Dự thảo BCCT") is about `document`, among the workspace's `documents`. It is when
 * it names none, when the title is the document's (case and tone placement aside, or one title
 * inside the other), or the document's kind ("Báo cáo chính trị" → political_report), and when it
 * names no document of the workspace at all: the comment is kept on the document asked about,
 * never left out of every one.
 */
export function isAboutDocument(title: string | null, document: DocumentSummary, documents: readonly DocumentSummary[]): boolean {
  if (title === null || title.trim() === '') return true;
  const named = documentNamedBy(title, documents);
  return named === null || named === document.id;
}

/** The document of the workspace a title names, or null when it names none of them. */
export function documentNamedBy(title: string, documents: readonly DocumentSummary[]): string | null {
  const key = compareKey(title).trim();
  const keys = documents.map((d) => compareKey(d.title).trim());
  const exact = keys.findIndex((k) => k === key);
  if (exact >= 0) return documents[exact].id;
  const inside = keys.findIndex((k) => k.length > 0 && (k.includes(key) || key.includes(k)));
  if (inside >= 0) return documents[inside].id;
  const kind = recogniseReferences(title).find((r) => r.kind === 'document')?.value;
  return (kind && documents.find((d) => d.kind === kind)?.id) ?? null;
}
