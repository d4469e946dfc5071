import { describe, expect, it } from 'vitest';
import { compileScheme } from '../../../shared/numbering/compileScheme.ts';
import { countsUnderResets } from '../../../shared/numbering/countsUnderResets.ts';
import { DEFAULT_SCHEME, withRule } from '../../../shared/numbering/defaultScheme.ts';
import { formatCounter } from '../../../shared/numbering/formatCounter.ts';
import { kindsOf, numberKinds } from '../../../shared/numbering/numberBlocks.ts';
import { NUMBERED_KINDS, NUMBER_STYLES, OUTLINE_LEVELS, type NumberingScheme, type ResetRule } from '../../../shared/numbering/scheme.ts';
import { blocksOf } from './blocks.ts';

const RESETS: ResetRule[] = ['continue', ...OUTLINE_LEVELS];
const CODES = ['P', 'S', 'H1', 'H2', 'H3', 'H4', 'O', 'T', 'F', 'p'];

/** A long mixed outline from a fixed linear congruential sequence, so every order of kinds turns up. */
function mixedOutline(length: number): string {
  let state = 7;
  const codes: string[] = [];
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    codes.push(CODES[(state >>> 16) % CODES.length]); // the high bits: the low ones of this generator cycle short
  }
  return codes.join(' ');
}

const SCHEMES: [string, NumberingScheme][] = [
  ['the default scheme', DEFAULT_SCHEME],
  ['decimal paths all the way down', withRule(withRule(withRule(DEFAULT_SCHEME, 'section', { style: 'decimal' }), 'heading1', { style: 'decimal-path' }), 'heading4', { style: 'decimal-path' })],
];

describe('the counters of one kind under every reset, in one pass', () => {
  const kinds = kindsOf(blocksOf(mixedOutline(600)));
  for (const [name, scheme] of SCHEMES) {
    it(`give the labels numberKinds derives under each candidate rule, with ${name}`, () => {
      NUMBERED_KINDS.forEach((kind, k) => {
        // Every second block of the kind, as a source labels only some.
        const labelled = [...kinds.keys()].filter((i) => kinds[i] === k).filter((_, n) => n % 2 === 0);
        expect(labelled.length).toBeGreaterThan(10);
        const path = compileScheme(withRule(scheme, kind, { style: 'decimal-path' })).pathKinds[k];
        const { counts, prefixes } = countsUnderResets(kinds, scheme, k, RESETS, labelled, path);
        for (const style of NUMBER_STYLES) {
          RESETS.forEach((reset, r) => {
            const expected = numberKinds(kinds, withRule(scheme, kind, { style, reset }), k);
            const got = labelled.map((_, n) => formatCounter(style, counts[r][n], style === 'decimal-path' ? prefixes[n] : ''));
            expect(got, `${kind} ${style} ${reset}`).toEqual(labelled.map((i) => expected[i]));
          });
        }
      });
    });
  }
});
