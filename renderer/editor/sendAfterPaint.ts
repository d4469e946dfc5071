import type { HocuspocusProvider } from '@hocuspocus/provider';
import { afterPaint } from './afterPaint.ts';

/** The longest a change waits to be sent when no frame comes; the provider's own `flushDelay`. */
export const SEND_DELAY_MS = 100;

/** What of the provider is used here (a HocuspocusProvider made with `flushDelay`). */
type Sender = Pick<HocuspocusProvider, 'document' | 'awareness' | 'flushPendingUpdates'> & { configuration: { flushDelay: false | number } };

/**
 * Sends this person's changes and presence in a task after the frame that shows them, instead of
 * inside the keystroke: the provider encoded and wrote every update to the socket, and counted it
 * unsynced (the status bar's listeners), inside the Yjs transaction of the keystroke's
 * ProseMirror transaction, about 1.2 ms of each keystroke's 3.5 ms of script in a 1,200-block
 * report (issue 9). The provider, made with `flushDelay: SEND_DELAY_MS`, buffers what changes
 * (merged into one update, counted unsynced once) and sends it on `flushPendingUpdates()`, which
 * is called here after the next paint; its own timer sends it after SEND_DELAY_MS without frames,
 * and it sends what is pending on `pagehide` and `destroy()`. Nothing waits longer than a frame
 * while the page is drawn; what the server acknowledges, and so "saved", is unchanged. Returns
 * the stop.
 */
export function sendAfterPaint(provider: Sender): () => void {
  if (provider.configuration.flushDelay === false) throw new Error('sendAfterPaint: the provider must be made with flushDelay, or it sends inside every keystroke');
  const sending = afterPaint(() => provider.flushPendingUpdates(), SEND_DELAY_MS);
  // What the provider itself applied (the server's updates and presence) is not sent back.
  const changed = (_change: unknown, origin: unknown) => {
    if (origin !== provider) sending.schedule();
  };
  provider.document.on('update', changed);
  provider.awareness?.on('update', changed);
  return () => {
    sending.cancel();
    provider.document.off('update', changed);
    provider.awareness?.off('update', changed);
  };
}
