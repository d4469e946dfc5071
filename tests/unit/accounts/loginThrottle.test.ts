import { describe, expect, it } from 'vitest';
import { LoginThrottle } from '../../../main/services/accounts/LoginThrottle.ts';

describe('LoginThrottle', () => {
  const rule = { failures: 3, windowMs: 1000 };

  it('lets a key try until it has failed `failures` times within the window, then until the oldest leaves it', () => {
    const throttle = new LoginThrottle(rule);
    throttle.fail('an', 0);
    throttle.fail('an', 100);
    expect(throttle.blockedUntil('an', 200)).toBeNull();
    throttle.fail('an', 200);
    expect(throttle.blockedUntil('an', 300)).toBe(1000);
    expect(throttle.blockedUntil('an', 999)).toBe(1000);
    expect(throttle.blockedUntil('an', 1000)).toBeNull(); // the failure at 0 left the window
  });

  it('counts keys apart, and forgets a key cleared by a successful login', () => {
    const throttle = new LoginThrottle(rule);
    for (const t of [0, 1, 2]) throttle.fail('an', t);
    expect(throttle.blockedUntil('binh', 3)).toBeNull();
    throttle.clear('an');
    expect(throttle.blockedUntil('an', 3)).toBeNull();
  });

  it('keeps a bounded number of keys under a flood of names', () => {
    const throttle = new LoginThrottle(rule);
    for (let i = 0; i < 12_000; i++) throttle.fail(`name-${i}`, i);
    expect((throttle as unknown as { failures: Map<string, number[]> }).failures.size).toBeLessThanOrEqual(10_000);
  });
});
