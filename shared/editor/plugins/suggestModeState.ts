import type { EditStep, PendingEdit } from '../../suggestions/pendingEdit.ts';

/** A suggestion record drawn in the text, where the suggestions panel placed it. */
export interface SuggestionMark {
  id: string;
  /** The text it would delete (equal for none) and where its inserted text is drawn (`to`). */
  from: number;
  to: number;
  inserted: string;
  /** Its author's colour, one of shared/presence/presenceColours (never CSS a client wrote). */
  colour: string;
  stale: boolean;
  /** Its anchor's encoded relative positions, to place it again after others' edits. */
  start: string;
  end: string;
}

/** An edit's ends as encoded Yjs relative positions (shared/comments/yPositions.ts), null where the view has no binding. */
export type EditPositions = { from: string; to: string } | null;

/**
 * What the suggestion-mode plugin holds (renderer/editor/suggestions): whether typing makes
 * suggestions ("Đề xuất sửa"), the edit being typed (`pending`), the edits done and waiting to be
 * sent (`outbox`), and the records to draw. The document never changes in this mode.
 */
export interface SuggestModeState {
  on: boolean;
  pending: PendingEdit | null;
  outbox: readonly OutboxEdit[];
  marks: readonly SuggestionMark[];
}

/** A finished edit waiting to be sent; `seq` names it while its positions are mapped. */
export interface OutboxEdit {
  seq: number;
  edit: PendingEdit;
  positions: EditPositions;
}

/**
 * A meta of suggestModeKey: switch the mode; the marks to draw; finish the pending edit (move it
 * to the outbox); an edit of the outbox was sent (or refused) and leaves it.
 */
export type SuggestModePatch = { on: boolean } | { marks: readonly SuggestionMark[] } | { finish: true } | { sent: number } | { step: EditStep };
