import { describe, expect, it } from 'vitest';
import { parseRequestTarget } from '../../../main/server/requestTarget.ts';

describe('parseRequestTarget', () => {
  it.each([
    ['/', '/', '/', ''],
    ['//', '//', '//', ''],
    ['//evil.com/?k=1', '//evil.com/', '//evil.com/', '?k=1'],
    ['/.//evil.com/?k=1', '//evil.com/', '//evil.com/', '?k=1'],
    ['/a/../b', '/b', '/b', ''],
    ['/%C4%91%E1%BA%A1i', '/%C4%91%E1%BA%A1i', '/đại', ''],
    ['/api/rpc/workspace.list', '/api/rpc/workspace.list', '/api/rpc/workspace.list', ''],
    ['/sync?v=1&x=%', '/sync', '/sync', '?v=1&x=%'],
  ])('parses %s literally', (raw, pathname, path, search) => {
    expect(parseRequestTarget(raw)).toMatchObject({ pathname, path, search });
  });

  it.each([
    [undefined, 'no target'],
    ['', 'an empty target'],
    ['*', 'the asterisk form'],
    ['http://127.0.0.1/', 'the absolute form'],
    ['evil.com', 'a target without a leading slash'],
    ['/%', 'a lone percent sign'],
    ['/%E0%A4%A', 'a truncated escape'],
    ['/%C0%AF', 'an overlong UTF-8 escape'],
    ['/%FF', 'an escape that is not UTF-8'],
  ] as [string | undefined, string][])('refuses %s (%s)', (raw) => {
    expect(parseRequestTarget(raw)).toBeNull();
  });
});
