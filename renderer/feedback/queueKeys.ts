/** What a key does in the "chưa gắn" queue, or null when it is not the queue's. */
export type QueueAction = 'nextItem' | 'previousItem' | 'nextBlock' | 'previousBlock' | 'anchor' | 'skip';

/**
 * The queue's keys: j / ↓ next comment, k / ↑ previous, Tab / → next block, Shift+Tab / ← previous,
 * Enter anchors the comment to the selected block, s skips it. With Ctrl, Alt or Meta a key is
 * the browser's or the app's, never the queue's.
 */
export function queueKey(event: { key: string; shiftKey: boolean; ctrlKey: boolean; altKey: boolean; metaKey: boolean }): QueueAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  switch (event.key) {
    case 'j': case 'ArrowDown': return 'nextItem';
    case 'k': case 'ArrowUp': return 'previousItem';
    case 'Tab': return event.shiftKey ? 'previousBlock' : 'nextBlock';
    case 'ArrowRight': return 'nextBlock';
    case 'ArrowLeft': return 'previousBlock';
    case 'Enter': return 'anchor';
    case 's': case 'S': return 'skip';
    default: return null;
  }
}

/** The block selected after a block key (`nextBlock`, `previousBlock`), kept within the `count` blocks shown. */
export function movedBlock(index: number, action: 'nextBlock' | 'previousBlock', count: number): number {
  return Math.max(0, Math.min(count - 1, index + (action === 'nextBlock' ? 1 : -1)));
}
