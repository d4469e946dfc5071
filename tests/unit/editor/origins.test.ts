import { describe, expect, it } from 'vitest';
import * as origins from '../../../shared/editor/origins.ts';

describe('origins', () => {
  const entries = Object.entries(origins);

  it('names every origin in one style, vankien:<who>, under a name ending in _ORIGIN', () => {
    expect(entries.length).toBeGreaterThanOrEqual(7);
    for (const [name, value] of entries) {
      expect(name).toMatch(/^[A-Z_]+_ORIGIN$/);
      expect(value).toMatch(/^vankien:[a-z]+(-[a-z]+)*$/);
    }
  });

  it('gives every writer its own origin', () => {
    expect(new Set(entries.map(([, value]) => value)).size).toBe(entries.length);
  });
});
