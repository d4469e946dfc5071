/**
 * What one comment thread may hold, stated here and checked by the contract (text sizes) and
 * the service (counts): past a limit the request is refused with a sentence, nothing is cut.
 */
export const COMMENT_LIMITS = {
  /** Characters of one comment's text (about three pages). */
  body: 10_000,
  /** Open and resolved threads of one document. */
  threadsPerDocument: 5_000,
  /** Comments of one thread, the first included. */
  commentsPerThread: 500,
} as const;
