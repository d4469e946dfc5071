import { describe, expect, it } from 'vitest';
import { SourceMatcher } from '../../../shared/feedback/sources/SourceMatcher.ts';
import { nameVariants, registry } from '../../fixtures/feedback/sourceVariants.ts';

describe('SourceMatcher', () => {
  const matcher = new SourceMatcher(registry());

  it.each([
    ['ĐB phường Thuỷ Nguyên', 'w0', 0.95],
    ['Đảng bộ phường Thủy Nguyên', 'w0', 1],
    ['P. Thủy Nguyên', 'w0', 0.95],
    ['P.THUỶ NGUYÊN', 'w0', 0.95],
    ['đảng bộ phường hòa bình', 'w9', 1],
    ['Thủy Nguyên', 'w0', 0.8],
    ['X. An Lão', 'c0', 0.95],
    ['Đảng ủy xã Kiến Thuỵ', 'c1', 0.95],
    ['ĐB Khối cơ quan', 'agency1', 1],
  ])('matches "%s" to %s with confidence %s', (written, id, confidence) => {
    expect(matcher.match(written)).toEqual({ status: 'matched', sourceId: id, confidence });
  });

  it('flags a name two sources share as ambiguous, with both candidates', () => {
    expect(matcher.match('Tiên Lãng')).toEqual({ status: 'ambiguous', candidates: ['c10', 'w14'] });
  });

  it('does not match a ward to the commune of the same name when the unit is written', () => {
    expect(matcher.match('Xã Tiên Lãng')).toEqual({ status: 'matched', sourceId: 'c10', confidence: 0.95 });
    expect(matcher.match('Phường Tiên Lãng')).toEqual({ status: 'matched', sourceId: 'w14', confidence: 0.95 });
    expect(matcher.match('Phường An Lão')).toEqual({ status: 'unknown' });
  });

  it('flags unknown names and reports a row without a name as none', () => {
    expect(matcher.match('Đảng bộ phường Không Có')).toEqual({ status: 'unknown' });
    expect(matcher.match('   ')).toEqual({ status: 'none' });
  });

  it('attributes at least 98% of 2,000 generated resolvable names and never guesses wrong', () => {
    const variants = nameVariants(2000);
    let right = 0;
    let wrong = 0;
    let flaggedUnresolvable = 0;
    for (const { written, sourceId } of variants) {
      const found = matcher.match(written);
      if (sourceId === null) {
        if (found.status !== 'matched') flaggedUnresolvable++;
        else wrong++;
      } else if (found.status === 'matched') {
        if (found.sourceId === sourceId) right++;
        else wrong++;
      }
    }
    const resolvable = variants.filter((v) => v.sourceId !== null).length;
    expect(right / resolvable).toBeGreaterThanOrEqual(0.98);
    expect(wrong).toBe(0);
    expect(flaggedUnresolvable).toBe(3);
  });
});
