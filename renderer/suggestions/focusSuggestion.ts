/**
 * The suggestion the next editor of a document should show first, set by a page that opens the
 * document "at" a suggestion (the feedback page, after turning a comment into one): the
 * suggestions panel selects its text and scrolls to it once placed, then forgets it.
 */
let pending: { documentId: string; suggestionId: string } | null = null;

export function focusSuggestionOnOpen(documentId: string, suggestionId: string): void {
  pending = { documentId, suggestionId };
}

/** The suggestion to show first in this document, taken (null: none). */
export function takeSuggestionFocus(documentId: string): string | null {
  if (pending?.documentId !== documentId) return null;
  const id = pending.suggestionId;
  pending = null;
  return id;
}
