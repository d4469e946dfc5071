import { describe, expect, it } from 'vitest';
import { STORAGE_CLOSE } from '../../../main/server/sync/syncContext.ts';
import { CLOSE, closeKindOf, closeReason, isStorageClose, STORAGE_CLOSE_KINDS } from '../../../shared/rpc/closeCodes.ts';
import { ERROR_CODES } from '../../../shared/errors.ts';

describe('close codes', () => {
  it('gives every kind its own code and name, clear of Hocuspocus’ own', () => {
    const specs = Object.values(CLOSE);
    expect(new Set(specs.map((s) => s.code)).size).toBe(specs.length);
    expect(new Set(specs.map((s) => s.name)).size).toBe(specs.length);
    for (const { code } of specs) expect([4205, 4401, 4403, 4408]).not.toContain(code);
    for (const kind of Object.keys(CLOSE) as (keyof typeof CLOSE)[]) expect(closeKindOf(CLOSE[kind].code)).toBe(kind);
    expect(closeKindOf(1000)).toBeUndefined();
  });

  it('names each storage fault by its error code, so RPC replies and the socket say the same thing', () => {
    for (const kind of STORAGE_CLOSE_KINDS) {
      expect(ERROR_CODES).toContain(CLOSE[kind].name);
      expect(isStorageClose(kind)).toBe(true);
    }
    for (const [fault, spec] of Object.entries(STORAGE_CLOSE)) expect(spec.name).toBe(fault);
    expect(Object.values(STORAGE_CLOSE).map((spec) => closeKindOf(spec.code)).sort()).toEqual([...STORAGE_CLOSE_KINDS].sort());
    expect(isStorageClose('invalidContent')).toBe(false);
  });

  it('cuts a reason to the 123 bytes a close frame allows, on a character boundary', () => {
    expect(closeReason(CLOSE.invalidContent)).toBe('invalid_content');
    expect(closeReason(CLOSE.invalidContent, 'heading: level')).toBe('invalid_content: heading: level');
    const long = closeReason(CLOSE.invalidContent, 'ệ'.repeat(100));
    expect(new TextEncoder().encode(long).length).toBeLessThanOrEqual(123);
    expect(long.endsWith('ệ')).toBe(true);
  });
});
