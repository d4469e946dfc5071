import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEME } from '../../../shared/numbering/defaultScheme.ts';
import { readScheme } from '../../../shared/numbering/readScheme.ts';

describe('readScheme', () => {
  it('keeps only the known fields of each rule, in the order of the numbered kinds', () => {
    const stored = Object.fromEntries(Object.entries(DEFAULT_SCHEME).reverse().map(([kind, rule]) => [kind, { ...rule, colour: 'red' }]));
    const read = readScheme({ ...stored, extra: { style: 'decimal', reset: 'continue' } });
    expect(read).toEqual({ scheme: DEFAULT_SCHEME });
    expect(Object.keys((read as { scheme: object }).scheme)).toEqual(Object.keys(DEFAULT_SCHEME));
  });

  it.each([
    ['an array', [], '', 'expected an object'],
    ['a rule that is not an object', { ...DEFAULT_SCHEME, ordinal: 'ordinal-words' }, 'ordinal', 'expected an object'],
    ['an unknown reset rule', { ...DEFAULT_SCHEME, target: { style: 'paren-decimal', reset: 'chapter' } }, 'target.reset', 'expected one of'],
    ['a part restarted by anything', { ...DEFAULT_SCHEME, part: { style: 'part-words', reset: 'part' } }, 'part.reset', 'restarted by a level above it'],
  ])('names the first problem of %s with its path', (_name, value, path, message) => {
    const read = readScheme(value);
    expect(read).toMatchObject({ path, message: expect.stringContaining(message) });
  });
});
