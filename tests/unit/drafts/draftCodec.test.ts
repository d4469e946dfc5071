import { describe, expect, it } from 'vitest';
import { decodeIds, encodeIds, pack, unpack } from '../../../main/storage/draftCodec.ts';
import { seededRandom } from '../../fixtures/generators/random.ts';

describe('draft block id lists', () => {
  it.each([
    ['empty', []],
    ['consecutive', [1, 2, 3, 4, 5]],
    ['going back', [900, 3, 901, 2]],
    ['large row ids', [2 ** 40, 2 ** 40 + 1, 7]],
    ['repeated', [5, 5, 5]],
  ])('round-trips a %s list', (_label, ids) => {
    expect(decodeIds(encodeIds(ids))).toEqual(ids);
  });

  it('round-trips random lists', () => {
    const random = seededRandom(3);
    for (let run = 0; run < 50; run++) {
      const ids = Array.from({ length: random.int(0, 300) }, () => random.int(1, 1_000_000));
      expect(decodeIds(encodeIds(ids))).toEqual(ids);
    }
  });

  it('keeps the list of a draft whose blocks were stored together to a few bytes', () => {
    const ids = Array.from({ length: 1200 }, (_, i) => 5000 + i);
    expect(encodeIds(ids).byteLength).toBeLessThan(30);
  });
});

describe('packing', () => {
  it('round-trips bytes', () => {
    const bytes = new TextEncoder().encode('Đại hội đại biểu Đảng bộ thành phố '.repeat(20));
    const packed = pack(bytes);
    expect(packed.byteLength).toBeLessThan(bytes.byteLength);
    expect(new Uint8Array(unpack(packed))).toEqual(bytes);
  });
});
