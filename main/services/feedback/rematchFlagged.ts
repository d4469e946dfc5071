import type { Attribution } from '../../../shared/feedback/model.ts';
import { SourceMatcher } from '../../../shared/feedback/sources/SourceMatcher.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';

/** What matching the flagged items again changed: how many are now attributed, and every item written. */
export interface Rematched {
  attributed: number;
  itemIds: string[];
}

/**
 * After the registry changed (a source created, edited, deleted, a registry imported): the items
 * still flagged (unknown, ambiguous) are matched again by the import's own matcher, so a name
 * a person just added as an alias attributes the comments written with it, and an ambiguous
 * item's candidates never name a deleted source. What stays true: an attributed item (matched
 * at import or set by a person) is never touched, and a name that still matches none or several
 * sources stays flagged, never guessed. Runs in the caller's transaction; audited once, about
 * `subject`: the source whose edit made the change (as its own source_create/update/delete entry
 * is), or the workspace whose registry a file replaced.
 */
export function rematchFlagged(store: WorkspaceStore, subject: string, actor = 'system'): Rematched {
  // By name, not by item: 100,000 flagged items name a few hundred units, and when nothing changes
  // (most edits) no item is read at all.
  const names = store.feedback.flaggedNames();
  if (names.length === 0) return { attributed: 0, itemIds: [] };
  const matcher = new SourceMatcher(store.sources.list());
  const changes: { sourceName: string; stored: string; to: Exclude<Attribution, { status: 'manual' }> }[] = [];
  let attributed = 0;
  for (const { sourceName, stored, items } of names) {
    const to = matcher.match(sourceName);
    if (to.status === 'manual' || JSON.stringify(to) === stored) continue;
    changes.push({ sourceName, stored, to });
    if (to.status === 'matched') attributed += items;
  }
  const itemIds = store.feedback.rematch(changes);
  if (itemIds.length > 0) store.audit.record(actor, 'feedback.source_rematch', subject, { attributed, reflagged: itemIds.length - attributed });
  return { attributed, itemIds };
}
