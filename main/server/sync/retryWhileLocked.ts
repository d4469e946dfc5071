import { storageFaultOf } from '../../storage/storageFault.ts';

export interface LockRetry {
  /** Give up (and let the lock error through) once this much time has passed. */
  totalMs: number;
  /** The first wait; each next wait doubles, up to `maxDelayMs`. */
  firstDelayMs: number;
  maxDelayMs: number;
}

/** 20, 40, 80 … 640 ms, for about 3 s: a backup's or a tool's lock usually ends by then. */
export const DEFAULT_LOCK_RETRY: LockRetry = { totalMs: 3000, firstDelayMs: 20, maxDelayMs: 640 };

/**
 * Runs the synchronous write `write` until it does not fail on another program's lock, waiting
 * on timers in between: the event loop (every other document and client) runs meanwhile, which
 * a SQLite busy timeout would block. Other errors, and the lock after `totalMs`, are thrown.
 */
export async function retryWhileLocked<T>(write: () => T, retry: LockRetry): Promise<T> {
  const start = Date.now();
  let delay = retry.firstDelayMs;
  for (;;) {
    try {
      return write();
    } catch (error) {
      if (storageFaultOf(error) !== 'storage_locked' || Date.now() - start + delay > retry.totalMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, retry.maxDelayMs);
    }
  }
}
