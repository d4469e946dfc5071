import { SYNC_LIMITS } from '../../../shared/rpc/syncLimits.ts';

/**
 * The updates of one connection that need changes the server does not have yet. They are not
 * applied, stored, broadcast or acknowledged (Hocuspocus answers "not applied"); only kept, to
 * be acknowledged once what they need has been stored.
 *
 * Why keep them rather than refuse them: an editor that reconnects with changes it made offline
 * sends those in its sync step 2, which goes out only when the server's step 1 has come back;
 * what it types in that moment reaches the server first and needs the offline changes. The step 2
 * carries that typing too (it is everything the server lacks), so once it is stored these are
 * acknowledged: the provider counts each update until it is, so "Đã lưu" waits for them. Closing
 * the socket instead made an editor that types all the while reconnect for ever (the crash test
 * that types every 2 ms through a held lock).
 *
 * Bounded: past SYNC_LIMITS.heldUpdates or heldBytes, or when the oldest has waited heldMs, the
 * connection is refused (missingDependencies) — an update whose dependencies never come.
 */
export class HeldUpdates {
  private readonly updates: Uint8Array[] = [];
  private bytes = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly onExpired: () => void;
  private readonly heldMs: number;

  /** `onExpired` runs when an update has been held for `heldMs` without what it needs arriving. */
  constructor(onExpired: () => void, heldMs: number = SYNC_LIMITS.heldMs) {
    this.onExpired = onExpired;
    this.heldMs = heldMs;
  }

  /** Keeps `update`; false (keeping nothing more) when that would pass a bound. */
  hold(update: Uint8Array): boolean {
    if (this.updates.length + 1 > SYNC_LIMITS.heldUpdates || this.bytes + update.byteLength > SYNC_LIMITS.heldBytes) return false;
    this.updates.push(update);
    this.bytes += update.byteLength;
    this.timer ??= setTimeout(this.onExpired, this.heldMs);
    this.timer.unref?.();
    return true;
  }

  /** Forgets, and counts, the updates `stored` says are now stored in full. */
  async release(stored: (updates: readonly Uint8Array[]) => Promise<boolean[]>): Promise<number> {
    if (this.updates.length === 0) return 0;
    const verdicts = await stored([...this.updates]);
    const kept = this.updates.filter((_, i) => !verdicts[i]);
    const released = this.updates.length - kept.length;
    this.updates.splice(0, this.updates.length, ...kept);
    this.bytes = kept.reduce((sum, update) => sum + update.byteLength, 0);
    if (kept.length === 0) this.clear();
    return released;
  }

  clear(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.updates.length = 0;
    this.bytes = 0;
  }
}
