/**
 * What a person has typed in suggestion mode and not yet sent: the range of the document's text
 * it would delete (`from`–`to`, ProseMirror positions in one text block; equal for none) and the
 * text it would insert after that range. The document itself never changes: this is drawn over
 * it, and sent as one suggestion when the person pauses or moves on. Pure: the editor plugin
 * (renderer/editor/suggestions) maps the positions through remote edits.
 */
export interface PendingEdit {
  from: number;
  to: number;
  inserted: string;
}

/** An edit's result: the pending edit now (null: nothing), where the caret goes, and an earlier pending edit that is done and must be sent. */
export interface EditStep {
  pending: PendingEdit | null;
  caret: number;
  done: PendingEdit | null;
}

/** The block the caret is in: where its text starts and ends (an edit never leaves it). */
export interface BlockBounds {
  start: number;
  end: number;
}

/** Typing `text` over `from`–`to`: at the pending edit's end (or its start) it grows; elsewhere a new one starts. */
export function typeText(pending: PendingEdit | null, from: number, to: number, text: string): EditStep {
  if (pending && from === to && (from === pending.to || from === pending.from)) return { pending: { ...pending, inserted: pending.inserted + text }, caret: pending.to, done: null };
  if (pending && from === pending.from && to === pending.to) return { pending: { ...pending, inserted: text }, caret: pending.to, done: null };
  return { pending: { from, to, inserted: text }, caret: to, done: pending };
}

/** Backspace with the selection `from`–`to`: takes back typed text first, then strikes the character before. Null: nothing to do (the block's start). */
export function deleteBackward(pending: PendingEdit | null, from: number, to: number, block: BlockBounds): EditStep | null {
  if (from < to) return strike(pending, from, to, from);
  if (pending && (from === pending.to || from === pending.from) && pending.inserted !== '') {
    const inserted = [...pending.inserted].slice(0, -1).join('');
    const next = inserted === '' && pending.from === pending.to ? null : { ...pending, inserted };
    return { pending: next, caret: pending.to, done: null };
  }
  if (pending && pending.inserted === '' && from === pending.from) return from > block.start ? { pending: { ...pending, from: from - 1 }, caret: from - 1, done: null } : null;
  return from > block.start ? strike(pending, from - 1, from, from - 1) : null;
}

/** Delete with the selection `from`–`to`: strikes the character after the caret, growing a pending deletion rightwards. */
export function deleteForward(pending: PendingEdit | null, from: number, to: number, block: BlockBounds): EditStep | null {
  if (from < to) return strike(pending, from, to, to);
  if (pending && pending.inserted === '' && from === pending.to) return from < block.end ? { pending: { ...pending, to: from + 1 }, caret: from + 1, done: null } : null;
  return from < block.end ? strike(pending, from, from + 1, from + 1) : null;
}

function strike(pending: PendingEdit | null, from: number, to: number, caret: number): EditStep {
  return { pending: { from, to, inserted: '' }, caret, done: pending };
}
