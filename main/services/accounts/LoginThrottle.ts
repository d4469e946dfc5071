/** How many failures a key may have within a window before it must wait, and how long. */
export interface ThrottleRule {
  failures: number;
  windowMs: number;
}

/** Per account: 5 failures in 15 minutes. Per address (one office NAT may hold many people): 30. */
export const LOGIN_THROTTLE = {
  account: { failures: 5, windowMs: 15 * 60_000 },
  address: { failures: 30, windowMs: 15 * 60_000 },
} satisfies Record<string, ThrottleRule>;

/** At most this many keys are remembered; past it the oldest are forgotten (a flood of names cannot fill memory). */
const MAX_KEYS = 10_000;

/**
 * Failed logins counted per key (an account's name key, a client address) within a sliding
 * window. A key with `failures` failures inside the window is refused until the oldest of them
 * leaves it. In memory: a restart forgets, which costs an attacker a restart of the server.
 * Pure apart from the clock it is given.
 */
export class LoginThrottle {
  private readonly rule: ThrottleRule;
  private readonly failures = new Map<string, number[]>();

  constructor(rule: ThrottleRule) {
    this.rule = rule;
  }

  /** When `key` may try again (ms since the epoch), or null when it may now. */
  blockedUntil(key: string, now: number): number | null {
    const times = this.recent(key, now);
    if (times.length < this.rule.failures) return null;
    return times[times.length - this.rule.failures] + this.rule.windowMs;
  }

  fail(key: string, now: number): void {
    const times = this.recent(key, now);
    times.push(now);
    this.failures.delete(key); // re-inserted last: the map stays in order of last failure
    this.failures.set(key, times.slice(-this.rule.failures));
    if (this.failures.size > MAX_KEYS) this.failures.delete(this.failures.keys().next().value!);
  }

  /** A successful login clears the account's count (not the address's). */
  clear(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((t) => now - t < this.rule.windowMs);
  }
}
