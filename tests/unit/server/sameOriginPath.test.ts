import { describe, expect, it } from 'vitest';
import { sameOriginPath } from '../../../main/server/sameOriginPath.ts';

describe('sameOriginPath', () => {
  it.each([
    ['/', '/'],
    ['/#/w/x', '/#/w/x'],
    ['/index.html?lang=vi', '/index.html?lang=vi'],
    ['/a//b', '/a//b'],
    ['/%2F%2Fevil.com', '/%2F%2Fevil.com'],
    ['/đại-hội', '/đại-hội'],
  ])('keeps the path %s on this server', (candidate, expected) => {
    expect(sameOriginPath(candidate)).toBe(expected);
  });

  it.each([
    ['//evil.com/', 'a protocol-relative URL'],
    ['///evil.com', 'three slashes'],
    ['/\\evil.com', 'a slash then a backslash'],
    ['\\\\evil.com', 'two backslashes'],
    ['/\t/evil.com', 'a tab browsers drop'],
    ['/\n/evil.com', 'a newline browsers drop'],
    ['/a b', 'a space'],
    ['http://evil.com/', 'an absolute URL'],
    ['javascript:alert(1)', 'a script URL'],
    ['evil.com', 'a relative path'],
    ['', 'nothing'],
  ])('sends %s (%s) to / instead', (candidate) => {
    expect(sameOriginPath(candidate)).toBe('/');
  });
});
