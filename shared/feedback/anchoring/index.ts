export { anchorComment, type CommentInput } from './anchorComment.ts';
export { ANCHOR_THRESHOLD, type AnchorEvidence, type FeedbackAnchor, manualAnchor } from './anchorTypes.ts';
export { type DraftIndex, indexDraft, WORDS_PER_PAGE } from './draftIndex.ts';
export { type FollowedAnchor, followAnchor, quoteSelectorOf } from './followAnchor.ts';
export { matchQuote, type QuoteMatch, type QuoteSelector } from './matchQuote.ts';
