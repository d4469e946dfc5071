import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../shared/errors.ts';
import { DEFAULT_SCHEME, withRule } from '../../../shared/numbering/defaultScheme.ts';
import { parseNumberingScheme } from '../../../shared/numbering/parseScheme.ts';

describe('parseNumberingScheme', () => {
  it('accepts the default scheme and a JSON round trip of it', () => {
    expect(parseNumberingScheme(DEFAULT_SCHEME)).toEqual(DEFAULT_SCHEME);
    expect(parseNumberingScheme(JSON.parse(JSON.stringify(DEFAULT_SCHEME)))).toEqual(DEFAULT_SCHEME);
  });

  it.each([
    ['an unknown style', { ...DEFAULT_SCHEME, target: { style: 'emoji', reset: 'continue' } }, 'target.style'],
    ['a missing kind', { ...DEFAULT_SCHEME, footnote: undefined }, 'footnote'],
    ['a section restarted by its own headings', withRule(DEFAULT_SCHEME, 'section', { reset: 'heading1' }), 'section.reset'],
    ['a heading restarted by its own level', withRule(DEFAULT_SCHEME, 'heading2', { reset: 'heading2' }), 'heading2.reset'],
    ['not an object', 'decimal', 'scheme'],
  ])('refuses %s with a bad_request error naming the field', (_name, value, field) => {
    try {
      parseNumberingScheme(value);
      expect.fail('should have thrown');
    } catch (error) {
      expect(isAppError(error) && error.code).toBe('bad_request');
      expect((error as Error).message).toContain(field);
    }
  });
});
