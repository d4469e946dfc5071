/**
 * The table's multi-selection: the comments checked (by id, so a page read again keeps them) and
 * the row a Shift+↑/↓ range is grown from. It is a value: every change returns a new one.
 */
export interface RowSelection {
  readonly ids: ReadonlySet<string>;
  /** Where a Shift range starts: the row last toggled, or where the first Shift move began; null before either. */
  readonly anchor: number | null;
}

export const NO_SELECTION: RowSelection = { ids: new Set(), anchor: null };

/** What a key does to the multi-selection, or null when it is not the selection's. */
export type SelectionKey = 'toggle' | 'extendUp' | 'extendDown' | 'selectAll' | 'clear';

/**
 * The selection's keys: Space toggles the focused row, Shift+↑/↓ extends, Ctrl+A (⌘A) selects
 * every comment of the filter, Esc clears a selection (and is left alone when there is none, so
 * it still does what it does elsewhere). Alt is never the selection's.
 */
export function selectionKey(event: { key: string; shiftKey: boolean; ctrlKey: boolean; altKey: boolean; metaKey: boolean }, hasSelection: boolean): SelectionKey | null {
  if (event.altKey) return null;
  const command = event.ctrlKey || event.metaKey;
  if (command) return !event.shiftKey && event.key.toLowerCase() === 'a' ? 'selectAll' : null;
  if (event.key === ' ' && !event.shiftKey) return 'toggle';
  if (event.shiftKey && event.key === 'ArrowUp') return 'extendUp';
  if (event.shiftKey && event.key === 'ArrowDown') return 'extendDown';
  if (event.key === 'Escape' && !event.shiftKey && hasSelection) return 'clear';
  return null;
}

/** The row `at` (its id `id`) checked when it was not, unchecked when it was; it becomes the anchor. */
export function toggled(selection: RowSelection, at: number, id: string): RowSelection {
  const ids = new Set(selection.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, anchor: at };
}

/**
 * After a Shift move of the focus from row `from` to row `to`: moving away from the anchor checks
 * both rows, moving back towards it unchecks the row left, so the range follows the focus as in
 * a file manager. The anchor is where the first Shift move began when there was none.
 */
export function extended(selection: RowSelection, from: number, to: number, idAt: (index: number) => string | undefined): RowSelection {
  if (from === to) return selection;
  const anchor = selection.anchor ?? from;
  const ids = new Set(selection.ids);
  const left = idAt(from);
  const reached = idAt(to);
  if (Math.abs(to - anchor) < Math.abs(from - anchor)) {
    if (left !== undefined) ids.delete(left);
  } else {
    if (left !== undefined) ids.add(left);
    if (reached !== undefined) ids.add(reached);
  }
  return { ids, anchor };
}

/** Every id of `ids` checked, nothing else; no anchor (a following Shift move starts where it is). */
export function selectedAll(ids: Iterable<string>): RowSelection {
  return { ids: new Set(ids), anchor: null };
}
