import type { Node } from 'prosemirror-model';
import { resolveAnchor, textIndexOf } from './resolveAnchor.ts';
import type { AnchorPlace, TextAnchor } from './textAnchor.ts';

/** Where a section starts: the id of its first block and its heading as shown (number and text). */
export interface SectionHead {
  blockId: string | null;
  title: string;
}

export interface PlacedThread<T> {
  thread: T;
  place: AnchorPlace;
  /** The section the anchored text lies in; null before the first section (or when orphaned). */
  section: SectionHead | null;
}

/** The panel's groups: open threads by section in document order, then resolved, then orphaned. */
export interface ThreadGroups<T> {
  open: { section: SectionHead | null; threads: PlacedThread<T>[] }[];
  resolved: PlacedThread<T>[];
  orphaned: PlacedThread<T>[];
}

const SECTION_TYPES = new Set(['part', 'section']);

/**
 * Places every thread in `doc` (resolveAnchor) and groups them for the panel. A resolved thread
 * is listed as resolved wherever its text is; an open one whose text is gone is orphaned, never
 * dropped: it keeps its quote for people to read and resolve by hand. `label` gives a top-level
 * block's number as shown ('' for none).
 */
export function placeThreads<T extends { anchor: TextAnchor; status: 'open' | 'resolved' }>(
  doc: Node,
  threads: readonly T[],
  locate: (encoded: string) => number | null,
  label: (index: number) => string,
): ThreadGroups<T> {
  const heads: { pos: number; head: SectionHead }[] = [];
  doc.forEach((node, pos, index) => {
    if (!SECTION_TYPES.has(node.type.name)) return;
    const number = label(index);
    heads.push({ pos, head: { blockId: typeof node.attrs.id === 'string' ? node.attrs.id : null, title: `${number ? `${number}. ` : ''}${node.textContent}` } });
  });
  const sectionAt = (pos: number) => heads.findLast((h) => h.pos < pos)?.head ?? null;
  const index = textIndexOf(doc);
  const placed = threads
    .map((thread) => {
      const place = resolveAnchor(doc, thread.anchor, locate, index);
      return { thread, place, section: place.status === 'anchored' ? sectionAt(place.from) : null };
    })
    .sort((a, b) => (a.place.status === 'anchored' ? a.place.from : Infinity) - (b.place.status === 'anchored' ? b.place.from : Infinity));
  const open: ThreadGroups<T>['open'] = [];
  for (const p of placed) {
    if (p.thread.status !== 'open' || p.place.status !== 'anchored') continue;
    const last = open.at(-1);
    if (last && last.section === p.section) last.threads.push(p);
    else open.push({ section: p.section, threads: [p] });
  }
  return {
    open,
    resolved: placed.filter((p) => p.thread.status === 'resolved'),
    orphaned: placed.filter((p) => p.thread.status === 'open' && p.place.status === 'orphaned'),
  };
}
