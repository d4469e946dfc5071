/** How many messages one socket may send: `burst` at once, `perSecond` sustained. */
export interface MessageRateLimit {
  burst: number;
  perSecond: number;
}

/**
 * A token bucket for one socket's messages: it starts full with `burst` tokens, each message
 * takes one, and tokens come back at `perSecond` up to `burst`. Refill is computed from the
 * clock at each message, so an idle socket costs nothing and no timer runs.
 */
export class MessageRate {
  private readonly limit: MessageRateLimit;
  private readonly now: () => number;
  private tokens: number;
  private at: number;

  constructor(limit: MessageRateLimit, now: () => number = Date.now) {
    this.limit = limit;
    this.now = now;
    this.tokens = limit.burst;
    this.at = now();
  }

  /** Takes a token for one message: false when the socket has none left (it sends too fast). */
  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.limit.burst, this.tokens + ((now - this.at) / 1000) * this.limit.perSecond);
    this.at = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
