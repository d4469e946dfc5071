import type { FeedbackSource } from '../model.ts';

/**
 * The sources that may be `editedId`'s parent: every source but itself and those under it, so
 * that picking any of them never makes a cycle (the server refuses one too). For a new source
 * (`editedId` null) that is the whole registry. Keeps the registry's order.
 */
export function parentChoices(sources: readonly FeedbackSource[], editedId: string | null): FeedbackSource[] {
  if (editedId === null) return [...sources];
  const children = new Map<string, string[]>();
  for (const source of sources) {
    if (source.parentId !== null) children.set(source.parentId, [...(children.get(source.parentId) ?? []), source.id]);
  }
  const below = new Set<string>([editedId]);
  // Breadth-first from the edited source; a cycle already stored cannot loop, as each id enters once.
  for (const queue = [editedId]; queue.length > 0;) {
    for (const child of children.get(queue.shift()!) ?? []) {
      if (!below.has(child)) { below.add(child); queue.push(child); }
    }
  }
  return sources.filter((source) => !below.has(source.id));
}
