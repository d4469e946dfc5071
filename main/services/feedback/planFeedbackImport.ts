/**
 * What importing a file would create, decided before anything is written: each row attributed
 * to the registry, fingerprinted, and checked against what the workspace already holds. Used
 * by the preview (which writes nothing) and by the import (which writes exactly this).
 */
import { SourceMatcher } from '../../../shared/feedback/sources/SourceMatcher.ts';
import type { Attribution, RowProblem } from '../../../shared/feedback/model.ts';
import type { NewFeedbackItem } from '../../storage/FeedbackStore.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import type { ReadFeedbackOutput } from '../jobs/readFeedbackJob.ts';
import { fingerprintOf } from './fingerprint.ts';

export interface FeedbackPlan {
  items: NewFeedbackItem[];
  /** Rows whose comment the workspace already holds (by fingerprint). */
  known: NewFeedbackItem[];
  problems: RowProblem[];
  flagged: number;
}

export function planFeedbackImport(store: WorkspaceStore, read: ReadFeedbackOutput, options: { documentTitle?: string; draftNumber?: number }): FeedbackPlan {
  const matcher = new SourceMatcher(store.sources.list());
  // A file names a few hundred units at most over thousands of rows: match each name once.
  const matched = new Map<string, Attribution>();
  const attribute = (name: string) => {
    let found = matched.get(name);
    if (!found) matched.set(name, (found = matcher.match(name)));
    return found;
  };
  const fingerprint = fingerprintOf();
  const all: NewFeedbackItem[] = read.rows.map((row) => ({
    text: row.text,
    fingerprint: fingerprint(row.text, row.source),
    sourceName: row.source ?? '',
    attribution: attribute(row.source ?? ''),
    // The document the file itself names for a row (a report's heading, a column) comes first.
    documentTitle: row.document ?? options.documentTitle ?? null,
    draftNumber: options.draftNumber ?? null,
    location: row.location,
    sheet: row.sheet,
    row: row.row,
    paragraph: row.paragraph,
  }));
  const known = store.feedback.knownFingerprints(all.map((item) => item.fingerprint));
  const items = all.filter((item) => !known.has(item.fingerprint));
  const flagged = items.filter((item) => item.attribution.status === 'unknown' || item.attribution.status === 'ambiguous').length;
  return { items, known: all.filter((item) => known.has(item.fingerprint)), problems: read.problems, flagged };
}
