import type { Attribution } from './model.ts';

/**
 * The source an item is attributed to (matched, or set by a person), or null while it is flagged
 * or names none: what a compiler saw, sent back when they change it (feedback.setSource).
 */
export function attributedSource(attribution: Attribution): string | null {
  return attribution.status === 'matched' || attribution.status === 'manual' ? attribution.sourceId : null;
}
