import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEME, withRule } from '../../../shared/numbering/defaultScheme.ts';
import { displayPrefix } from '../../../shared/numbering/displayPrefix.ts';
import { numberBlocks } from '../../../shared/numbering/numberBlocks.ts';
import type { NumberingScheme } from '../../../shared/numbering/scheme.ts';
import { blocksOf } from './blocks.ts';

const labels = (codes: string, scheme: NumberingScheme = DEFAULT_SCHEME) => numberBlocks(blocksOf(codes), scheme).map((l) => l ?? 'null').join(' ');

describe('numberBlocks with the default scheme', () => {
  it.each([
    ['P S S P S', 'Phần_thứ nhất I II Phần_thứ hai I'],
    ['S H1 H1 S H1', 'I 1 2 II 1'],
    ['S H1 H2 H2 H1 H2', 'I 1 1.1 1.2 2 2.1'],
    ['S H1 H2 H3 H3 H2 H3', 'I 1 1.1 1.1.1 1.1.2 1.2 1.2.1'],
    ['H2 H2', '0.1 0.2'],
    ['H1 H2 H4 H4 H2 H4', '1 1.1 a) b) 1.2 a)'],
    ['H4 H4 H4 H4 H4 H4', 'a) b) c) d) đ) e)'],
    ['H1 O p O O H1 O', '1 Một_là null Hai_là Ba_là 2 Một_là'],
    ['H4 T T H4 T T T', 'a) (1) (2) b) (1) (2) (3)'],
    ['H1 H2 T T H2 T', '1 1.1 (1) (2) 1.2 (1)'],
    ['F S F H1 F', '1 I 2 1 3'],
    ['p b p', 'null null null'],
  ])('%s → %s', (codes, expected) => {
    expect(labels(codes).replaceAll('Phần thứ', 'Phần_thứ').replaceAll(' là', '_là')).toBe(expected);
  });

  it('numbers ordinals in words up to "Mười hai là" and beyond', () => {
    const out = numberBlocks(blocksOf('O '.repeat(25)));
    expect(out.slice(0, 12)).toEqual([
      'Một là', 'Hai là', 'Ba là', 'Bốn là', 'Năm là', 'Sáu là', 'Bảy là', 'Tám là', 'Chín là', 'Mười là', 'Mười một là', 'Mười hai là',
    ]);
    expect(out[14]).toBe('Mười lăm là');
    expect(out[20]).toBe('Hai mươi mốt là');
    expect(out[24]).toBe('Hai mươi lăm là');
  });

  it('names parts "Phần thứ nhất" … "Phần thứ tư" … "Phần thứ mười một"', () => {
    const out = numberBlocks(blocksOf('P '.repeat(11)));
    expect([out[0], out[1], out[3], out[4], out[10]]).toEqual([
      'Phần thứ nhất', 'Phần thứ hai', 'Phần thứ tư', 'Phần thứ năm', 'Phần thứ mười một',
    ]);
  });

  it('writes sections in upper-case Roman numerals', () => {
    const out = numberBlocks(blocksOf('S '.repeat(14)));
    expect([out[3], out[8], out[13]]).toEqual(['IV', 'IX', 'XIV']);
  });
});

describe('numberBlocks with restart and continue rules', () => {
  it('numbers targets continuously across sub-sections when the target counter continues', () => {
    const scheme = withRule(DEFAULT_SCHEME, 'target', { reset: 'continue' });
    expect(labels('S H2 T T H2 T S T', scheme)).toBe('I 0.1 (1) (2) 0.2 (3) II (4)');
  });

  it('restarts targets at each section only when the rule says section', () => {
    const scheme = withRule(DEFAULT_SCHEME, 'target', { reset: 'section' });
    expect(labels('S H1 T H1 T S T', scheme)).toBe('I 1 (1) 2 (2) II (1)');
  });

  it('continues heading numbers across sections when heading1 continues', () => {
    const scheme = withRule(DEFAULT_SCHEME, 'heading1', { reset: 'continue' });
    expect(labels('S H1 H1 S H1', scheme)).toBe('I 1 2 II 3');
  });

  it('restyles every block of a kind when its style changes', () => {
    const scheme = withRule(withRule(DEFAULT_SCHEME, 'section', { style: 'decimal' }), 'heading1', { style: 'decimal-path' });
    expect(labels('S H1 H2 S H1', scheme)).toBe('1 1.1 1.1.1 2 2.1');
  });

  it('gives no label to a kind styled none', () => {
    const scheme = withRule(DEFAULT_SCHEME, 'ordinal', { style: 'none' });
    expect(numberBlocks(blocksOf('O O'), scheme)).toEqual([null, null]);
  });
});

describe('displayPrefix', () => {
  it.each([
    ['section', 'II', 'II. '],
    ['heading', '2', '2. '],
    ['heading', '2.1', '2.1. '],
    ['heading', 'a)', 'a) '],
    ['ordinal', 'Một là', 'Một là, '],
    ['target', '(7)', '(7) '],
    ['part', 'Phần thứ nhất', 'Phần thứ nhất\n'],
    ['paragraph', null, ''],
  ] as const)('%s labelled %j is preceded by %j', (type, label, prefix) => {
    expect(displayPrefix(type, label)).toBe(prefix);
  });
});

describe('numberBlocks for one kind only', () => {
  it('writes that kind’s labels exactly as the whole numbering does, every other label null', async () => {
    const { generateReport } = await import('../../fixtures/generators/report.ts');
    const { kindIndexOf } = await import('../../../shared/numbering/numberBlocks.ts');
    const { NUMBERED_KINDS } = await import('../../../shared/numbering/scheme.ts');
    const blocks = generateReport({ words: 6_000, seed: 3 });
    const schemes = [DEFAULT_SCHEME, withRule(DEFAULT_SCHEME, 'target', { style: 'paren-decimal', reset: 'continue' }), withRule(DEFAULT_SCHEME, 'heading2', { style: 'decimal', reset: 'section' })];
    for (const scheme of schemes) {
      const all = numberBlocks(blocks, scheme);
      NUMBERED_KINDS.forEach((_kind, k) => {
        expect(numberBlocks(blocks, scheme, k)).toEqual(all.map((label, i) => (kindIndexOf(blocks[i]) === k ? label : null)));
      });
    }
    expect(new Set(blocks.map(kindIndexOf)).size).toBeGreaterThan(4);
  });
});
