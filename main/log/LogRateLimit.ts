/**
 * At most `perWindow` log entries per scope in each window of `windowMs`, the rest dropped and
 * counted, so that whatever a client makes the server log (refusals, failing requests) cannot
 * fill the disk or bury every other entry. Pure: the time is given. A scope's window starts at
 * its first entry; the number dropped in a window is reported once, after the window has ended:
 * by `due` (the logger's timer) or, when an entry of that scope comes first, by `take`.
 */
export class LogRateLimit {
  private readonly perWindow: number;
  private readonly windowMs: number;
  private readonly windows = new Map<string, { start: number; written: number; dropped: number }>();

  constructor(perWindow: number, windowMs: number) {
    this.perWindow = perWindow;
    this.windowMs = windowMs;
  }

  /**
   * An entry of `scope` at `now`: whether to write it, and how many entries its scope's ended
   * window dropped that were not reported yet (to be reported before it; 0 when none).
   */
  take(scope: string, now: number): { write: boolean; droppedBefore: number } {
    let window = this.windows.get(scope);
    let droppedBefore = 0;
    if (!window || now - window.start >= this.windowMs) {
      droppedBefore = window?.dropped ?? 0;
      window = { start: now, written: 0, dropped: 0 };
      this.windows.set(scope, window);
    }
    if (window.written < this.perWindow) {
      window.written++;
      return { write: true, droppedBefore };
    }
    window.dropped++;
    return { write: false, droppedBefore };
  }

  /** When the window that is dropping entries of `scope` ends (for a timer), or null. */
  endOfDropping(scope: string): number | null {
    const window = this.windows.get(scope);
    return window && window.dropped > 0 ? window.start + this.windowMs : null;
  }

  /** The scopes whose ended windows dropped entries, with how many; each is reported once. */
  due(now: number): { scope: string; dropped: number }[] {
    const out: { scope: string; dropped: number }[] = [];
    for (const [scope, window] of this.windows) {
      if (now - window.start < this.windowMs) continue;
      if (window.dropped > 0) out.push({ scope, dropped: window.dropped });
      this.windows.delete(scope);
    }
    return out;
  }
}
