import { fromBase64 } from 'lib0/buffer';
import * as Y from 'yjs';

/** The characters a suggestion's relative positions hold now: one run of one Y.XmlText. */
export interface AnchoredRange {
  text: Y.XmlText;
  /** Offsets in `text` (UTF-16 units, as Yjs counts them). */
  from: number;
  to: number;
  /** The characters between them, formatting left out. */
  current: string;
}

/**
 * Where a suggestion's encoded relative positions (base64, as made in the editor by
 * shared/comments/yPositions) are now in `ydoc`: both in the same Y.XmlText, start not after end.
 * Null when one does not decode, names another root, points into anything but a text, or the
 * two have come apart (a paragraph split between them), or its paragraph was deleted: the text it was made on
 * is then gone, and the suggestion cannot be applied where it was.
 */
export function anchoredRange(ydoc: Y.Doc, start: string, end: string): AnchoredRange | null {
  const from = absolute(ydoc, start);
  const to = absolute(ydoc, end);
  if (!from || !to || from.type !== to.type || !(from.type instanceof Y.XmlText) || from.index > to.index || removed(from.type)) return null;
  return { text: from.type, from: from.index, to: to.index, current: textBetween(from.type, from.index, to.index) };
}

/** The characters of a Y.XmlText from `from` to `to` (string inserts only: marks are formatting). */
export function textBetween(text: Y.XmlText, from: number, to: number): string {
  const plain = (text.toDelta() as { insert: unknown }[]).map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('');
  return plain.slice(from, to);
}

/** Whether a type was deleted, or lies inside one that was (its paragraph, its section). */
function removed(type: Y.XmlText): boolean {
  for (let item = type._item; item; item = (item.parent as Y.XmlElement)._item) if (item.deleted) return true;
  return false;
}

function absolute(ydoc: Y.Doc, encoded: string): Y.AbsolutePosition | null {
  try {
    const relative = Y.decodeRelativePosition(fromBase64(encoded));
    // A position on a root this document does not have would make Yjs create that root.
    if (relative.tname !== null && !ydoc.share.has(relative.tname)) return null;
    if (relative.item && !ydoc.store.clients.has(relative.item.client)) return null;
    if (relative.type && !ydoc.store.clients.has(relative.type.client)) return null;
    return Y.createAbsolutePositionFromRelativePosition(relative, ydoc);
  } catch {
    return null;
  }
}
