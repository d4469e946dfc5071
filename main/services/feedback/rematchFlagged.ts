import type { Attribution } from '../../../shared/feedback/model.ts';
import { SourceMatcher } from '../../../shared/feedback/sources/SourceMatcher.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';

/** What matching the flagged items again changed: the items now attributed, and all the items written. */
export interface Rematched {
  attributed: number;
  itemIds: string[];
}

const sameAttribution = (a: Attribution, b: Attribution) => JSON.stringify(a) === JSON.stringify(b);

/**
 * After the registry changed (a source created, edited, deleted, a registry imported): the items
 * still flagged (unknown, ambiguous) are matched again by the import's own matcher, so a name
 * a person just added as an alias attributes the comments written with it, and an ambiguous
 * item's candidates never name a deleted source. What stays true: an attributed item (matched
 * at import or set by a person) is never touched, and a name that still matches none or several
 * sources stays flagged, never guessed. Runs in the caller's transaction; audited once.
 */
export function rematchFlagged(store: WorkspaceStore, actor = 'system'): Rematched {
  const flagged = store.feedback.flaggedSources();
  if (flagged.length === 0) return { attributed: 0, itemIds: [] };
  const matcher = new SourceMatcher(store.sources.list());
  // Thousands of items name a few hundred units: match each written name once.
  const byName = new Map<string, Attribution>();
  let attributed = 0;
  const itemIds: string[] = [];
  for (const item of flagged) {
    let found = byName.get(item.sourceName);
    if (!found) byName.set(item.sourceName, (found = matcher.match(item.sourceName)));
    if (sameAttribution(found, item.attribution) || found.status === 'manual') continue;
    store.feedback.setMatched(item.id, found);
    itemIds.push(item.id);
    if (found.status === 'matched') attributed++;
  }
  if (itemIds.length > 0) store.audit.record(actor, 'feedback.source_rematch', null, { attributed, reflagged: itemIds.length - attributed });
  return { attributed, itemIds };
}
