/**
 * The mark a restore leaves in the document's settings map, in the same Yjs update as the content
 * it restores, so every open editor learns that the content was just replaced (origins do not
 * cross the wire): it clears its Yjs undo stack (undoing typing the restore overwrote would bring
 * back stale text) and offers "Hoàn tác khôi phục", which restores `before`.
 */
export const RESTORE_MARK_KEY = 'lastRestore';

/** A draft or a checkpoint ("trước khi khôi phục"), as the restore mark names them. */
export type KeptRef = { draft: number } | { checkpoint: number };

export interface RestoreMark {
  /** Unique per restore: an editor reacts to each restore once. */
  id: string;
  /** What the working copy was restored to. */
  target: KeptRef;
  /** The kept version equal to the working copy the restore replaced. */
  before: KeptRef;
  author: string;
  at: string;
}

const isRef = (v: unknown): v is KeptRef => {
  const o = v as Record<string, unknown> | null;
  return typeof o === 'object' && o !== null && (Number.isInteger(o.draft) || Number.isInteger(o.checkpoint));
};

/** The restore mark from its stored JSON text, or null when it is missing or malformed. */
export function parseRestoreMark(stored: unknown): RestoreMark | null {
  if (typeof stored !== 'string') return null;
  try {
    const mark = JSON.parse(stored) as RestoreMark;
    return typeof mark.id === 'string' && isRef(mark.target) && isRef(mark.before) && typeof mark.author === 'string' ? mark : null;
  } catch {
    return null;
  }
}
