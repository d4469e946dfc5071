/** A comment just decided in the table: the row it was at, its id, and the id of the row after it when known. */
export interface AfterSave {
  at: number;
  decided: string | null;
  id: string | undefined;
}

/**
 * The row to go on to after deciding the comment at `at`, in the table read again: the comment
 * that was after it, where it is now (in its place when the decided one left the filter, one
 * further when it stayed); when that one was not known, the row after the decided comment if it
 * stayed, else the row now in its place.
 */
export function goOnTo(pending: AfterSave, here: string | undefined, after: string | undefined): number {
  if (pending.id !== undefined) {
    if (here === pending.id) return pending.at;
    if (after === pending.id) return pending.at + 1;
  }
  return here === pending.decided ? pending.at + 1 : pending.at;
}
