import { describe, expect, it } from 'vitest';
import { offlineStoreName } from '../../../renderer/editor/offline/offlineStoreName.ts';

describe('offlineStoreName', () => {
  const base = offlineStoreName('https://may-chu.local:8443', 'an', 'ws1', 'doc1');

  it('gives each server, person, workspace and document its own store', () => {
    const others = [
      offlineStoreName('https://khac.local:8443', 'an', 'ws1', 'doc1'),
      offlineStoreName('https://may-chu.local:8443', 'chi', 'ws1', 'doc1'),
      offlineStoreName('https://may-chu.local:8443', null, 'ws1', 'doc1'),
      offlineStoreName('https://may-chu.local:8443', 'an', 'ws2', 'doc1'),
      offlineStoreName('https://may-chu.local:8443', 'an', 'ws1', 'doc2'),
    ];
    expect(new Set([base, ...others]).size).toBe(6);
  });

  it('cannot be confused by a separator inside a name', () => {
    expect(offlineStoreName('s', 'a|b', 'c', 'd')).not.toBe(offlineStoreName('s', 'a', 'b|c', 'd'));
    expect(base.startsWith('vankien-offline|')).toBe(true);
  });
});
