import type { Attribution } from '../../../shared/feedback/model.ts';
import { compareKey } from '../../../shared/text/normalize.ts';

/**
 * Which organisation sent an item, for counting "M đơn vị": its registry source when attributed,
 * else its name as written (case and tone placement aside), else null (an unnamed sender counts
 * as one of its own).
 */
export function sourceKeyOf(item: { sourceName: string; attribution: Attribution }): string | null {
  const a = item.attribution;
  return sourceKey(a.status === 'matched' || a.status === 'manual' ? a.sourceId : null, item.sourceName);
}

/** The same from an item's stored columns (its source id, null when not attributed). */
export function sourceKey(sourceId: string | null, sourceName: string): string | null {
  if (sourceId !== null) return `source:${sourceId}`;
  const name = compareKey(sourceName).trim();
  return name ? `name:${name}` : null;
}

/** How many distinct organisations sent these items. */
export function countSources(items: readonly { itemId: string; sourceName: string; attribution: Attribution }[]): number {
  return new Set(items.map((item) => sourceKeyOf(item) ?? `item:${item.itemId}`)).size;
}
