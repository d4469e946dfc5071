import type { HocuspocusProvider } from '@hocuspocus/provider';
import { describe, expect, it } from 'vitest';
import { superviseSync, type SyncState } from '../../../renderer/editor/superviseSync.ts';

/** A provider as superviseSync sees it: its events, its counts and its socket's configuration. */
function fakeProvider() {
  const handlers = new Map<string, ((payload: unknown) => void)[]>();
  const provider = {
    isSynced: true,
    unsyncedChanges: 0,
    configuration: { websocketProvider: { configuration: { delay: 1000 }, disconnect() {} } },
    on(name: string, handler: (payload: unknown) => void) {
      handlers.set(name, [...(handlers.get(name) ?? []), handler]);
    },
    off(name: string, handler: (payload: unknown) => void) {
      handlers.set(name, (handlers.get(name) ?? []).filter((h) => h !== handler));
    },
    emit(name: string, payload: unknown = {}) {
      for (const handler of handlers.get(name) ?? []) handler(payload);
    },
  };
  return provider;
}

describe('superviseSync', () => {
  it('tells of a change of state once, not at every awareness update that leaves it as it was', () => {
    const provider = fakeProvider();
    const seen: SyncState[] = [];
    superviseSync(provider as unknown as HocuspocusProvider, (state) => seen.push(state));
    const states = (n: number) => ({ states: Array.from({ length: n }, () => ({})) });
    provider.emit('awarenessChange', states(3));
    for (let i = 0; i < 10; i++) provider.emit('awarenessChange', states(3)); // cursors moving
    provider.emit('awarenessChange', states(2));
    expect(seen.map((s) => s.people)).toEqual([3, 2]);
  });

  it('tells of every change of the unacknowledged count, and of being saved again', () => {
    const provider = fakeProvider();
    const seen: number[] = [];
    superviseSync(provider as unknown as HocuspocusProvider, (state) => seen.push(state.unsynced));
    for (const count of [1, 2, 1, 0, 0, 1, 0]) {
      provider.unsyncedChanges = count;
      provider.emit('unsyncedChanges', { number: count });
    }
    expect(seen).toEqual([1, 2, 1, 0, 1, 0]);
  });
});
