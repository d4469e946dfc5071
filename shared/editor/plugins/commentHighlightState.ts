/** A thread's range in the current document, as the comments panel placed it (resolveAnchor). */
export interface CommentRange {
  threadId: string;
  from: number;
  to: number;
}

/**
 * What the comment highlights plugin holds: the ranges to draw (ranges may overlap), the thread
 * in focus, and `compose`, a counter that Ctrl+Alt+M raises with the selection it asked for, so
 * the panel opens its "new comment" form on that text.
 */
export interface CommentHighlights {
  ranges: readonly CommentRange[];
  active: string | null;
  compose: { from: number; to: number; count: number } | null;
}

/** A meta of commentsKey: new ranges, a thread in focus, or a request to comment on the selection. */
export type CommentHighlightPatch = { ranges: readonly CommentRange[] } | { active: string | null } | { compose: { from: number; to: number } };
