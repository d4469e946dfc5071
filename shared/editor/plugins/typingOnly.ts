import type { Transaction } from 'prosemirror-state';
import { ReplaceStep } from 'prosemirror-transform';

/**
 * True when every step of `tr` replaces inline content inside one top-level textblock with
 * inline content: no block is created, removed, split, joined, moved or retyped. Plugins that
 * derive state from the block structure (ids, numbering) skip their whole-document work then,
 * which is what keeps a keystroke cheap in a 1,200-block report.
 */
export function typingOnly(tr: Transaction): boolean {
  for (let i = 0; i < tr.steps.length; i++) {
    const step = tr.steps[i];
    if (!(step instanceof ReplaceStep)) return false;
    const { from, to, slice } = step as ReplaceStep & { from: number; to: number };
    if (slice.openStart !== 0 || slice.openEnd !== 0) return false;
    let inline = true;
    slice.content.forEach((node) => (inline &&= node.isInline));
    if (!inline) return false;
    const $from = tr.docs[i].resolve(from);
    if ($from.depth !== 1 || !$from.parent.isTextblock || $from.end() < to) return false;
  }
  return true;
}
