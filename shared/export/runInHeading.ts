import { KEEP_WITH_NEXT } from './layout.ts';

/**
 * A run-in heading: a numbered point whose lead-in ends at a colon and whose body follows in the
 * same paragraph ("1. Công tác chuẩn bị Đại hội: Được triển khai nghiêm túc…"). It stays a
 * heading (numbered in the outline), but it prints as body text: only the number and the
 * lead-in emphasised, as the source has them, and never kept with the next paragraph.
 */

/** Where the body follows the lead-in: the length of the lead-in with its colon; null when the text is no run-in heading. */
export function leadInLength(text: string): number | null {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon >= KEEP_WITH_NEXT.leadInMaxChars) return null;
  // A lead-in is one phrase: a sentence end before the colon means the colon is in the body.
  if (/[.!?;]\s/u.test(text.slice(0, colon))) return null;
  return /[\p{L}\p{N}]/u.test(text.slice(colon + 1)) ? colon + 1 : null;
}

/** The block types whose bodies print plain after a run-in lead-in: the outline's (headings and parts). */
const RUN_IN_TYPES = new Set(['heading', 'section']);

/**
 * Where the plain body of a block of `type` starts in `text`: after its number-less lead-in and
 * colon, or null when the block does not run in (not a heading or part, or no lead-in). A "\n" in
 * `text` (a hard break, as a comparison side writes it) does not count for the rule, as a block's
 * `textContent` has none. Both the export and the tracked-changes .docx print from here on plain.
 */
export function runInBodyStart(type: string | undefined, text: string): number | null {
  if (!type || !RUN_IN_TYPES.has(type)) return null;
  const leadIn = leadInLength(text.replaceAll('\n', ''));
  if (leadIn === null) return null;
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (seen === leadIn) return i;
    if (text[i] !== '\n') seen++;
  }
  return text.length;
}

/**
 * Whether a block whose look keeps it with the next paragraph must not be kept: it runs in or
 * is long. Only headings and parts keep with the next; other blocks never do.
 */
export function releasesKeepWithNext(text: string): boolean {
  return text.length > KEEP_WITH_NEXT.maxChars || leadInLength(text) !== null;
}
