/**
 * What one suggestion may hold, stated here and checked by the contract (text sizes) and the
 * service (counts): past a limit the request is refused with a sentence, nothing is cut.
 */
export const SUGGESTION_LIMITS = {
  /** Characters a suggestion may delete: the quote limit of an anchor (a few paragraphs). */
  deleted: 2000,
  /** Characters a suggestion may insert (about a page). */
  inserted: 5000,
  /** Open and decided suggestions of one document. */
  perDocument: 10_000,
} as const;
