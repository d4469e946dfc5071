/**
 * A link of a comment to the change that answered it (issue 11, "an accepted comment links to
 * the actual change"): made by accepting a suggestion made from it or from a comment of its
 * cluster (`how: 'suggestion'`), or by a person who picked the change from the comparison of two
 * versions of the document (`how: 'person'`). The old and new wording are the server's, read from
 * the versions (or the suggestion) when the link was made; a link never changes, an unlink ends it.
 */
export interface FeedbackLink {
  id: string;
  itemId: string;
  documentId: string;
  /** The accepted suggestion (how 'suggestion'), else null. */
  suggestionId: string | null;
  /** The versions compared (how 'person'): a draft number; `newerDraft` null is the working copy. */
  olderDraft: number | null;
  newerDraft: number | null;
  olderBlockId: string | null;
  newerBlockId: string | null;
  oldText: string;
  newText: string;
  how: 'suggestion' | 'person';
  createdBy: string;
  createdAt: string;
}
