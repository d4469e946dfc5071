import type { FeedbackStatus } from '../../../shared/feedback/model.ts';
import type { Triage, TriageChange } from '../../../shared/feedback/triage.ts';
import type { NamedTriage } from '../../../shared/rpc/feedbackTriageContract.ts';

/**
 * The change one answer makes to many comments: the status chosen ('' keeps each one's), the
 * answer typed (empty or blank keeps each one's own); null when it would change nothing, which
 * the server refuses.
 */
export function bulkChange(status: FeedbackStatus | '', response: string): TriageChange | null {
  const change: TriageChange = {};
  if (status !== '') change.status = status;
  if (response.trim() !== '') change.response = response;
  return Object.keys(change).length === 0 ? null : change;
}

/**
 * The comments to decide, in the order given, each on the version read (so one decided by
 * someone else since comes back as a conflict, untouched), and those no decision was read for
 * (gone from the workspace), which are not sent.
 */
export function versionedItems(itemIds: readonly string[], read: readonly Pick<Triage, 'itemId' | 'version'>[]): { items: { itemId: string; version: number }[]; missing: string[] } {
  const versions = new Map(read.map((t) => [t.itemId, t.version]));
  const items: { itemId: string; version: number }[] = [];
  const missing: string[] = [];
  for (const itemId of new Set(itemIds)) {
    const version = versions.get(itemId);
    if (version === undefined) missing.push(itemId);
    else items.push({ itemId, version });
  }
  return { items, missing };
}

/**
 * Who made the decisions that won over this one, as people read it: each display name once, in
 * the order met. A decision the server gives no name for was made where there are no accounts (a
 * local server's one person, in another window or tab): it reads as `anotherWindow`, once.
 */
export function conflictDeciders(conflicts: readonly Pick<NamedTriage, 'decidedByName'>[], anotherWindow: string): string {
  return [...new Set(conflicts.map((c) => c.decidedByName ?? anotherWindow))].join(', ');
}
