import type { FindMatch } from './findInDoc.ts';

/**
 * What the find bar shows: its query, every match and the current one. Commands
 * (commands/findCommands.ts) compute matches and hand them over as a `FindPatch` meta; the find
 * plugin (renderer/editor/find) never searches, it maps the matches through edits and highlights
 * them. While the bar is closed it does nothing at all, so a keystroke costs nothing more. While
 * it is open an edit only maps the matches (they go `stale`), and the search runs again a moment
 * later, re-reading only the edited blocks.
 */
export interface FindState {
  open: boolean;
  /** The replace row is shown: matches are whole syllables then. */
  replacing: boolean;
  query: string;
  ignoreDiacritics: boolean;
  matches: readonly FindMatch[];
  /** Index of the current match, -1 when none. */
  current: number;
  /** The document changed since `matches` were found; they are mapped until searched again. */
  stale: boolean;
  /** Bumped when the bar should take the focus (Ctrl+F, Ctrl+H, the toolbar button). */
  focus: number;
  /** Bumped when the current match should be scrolled into view. */
  reveal: number;
  /** How many matches "Thay tất cả" replaced, until the next search. */
  replaced: number | null;
}

/** What a find command changes in the find state (the meta of its transaction under findKey). */
export type FindPatch = Partial<FindState>;
