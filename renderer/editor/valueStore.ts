import { useCallback, useSyncExternalStore } from 'react';

/**
 * A value that changes outside React (the editor's state on every keystroke, the sync status on
 * every acknowledgement). Components read the part they show with `useStoreValue`, so only those
 * whose part changed re-render: typing a letter re-renders nothing on the editor page, where it
 * used to re-render the whole page with its toolbar and panels before the keystroke was painted.
 */
export interface ValueStore<T> {
  get(): T;
  /** Calls `listener` after every `set`; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

export interface WritableStore<T> extends ValueStore<T> {
  set(value: T): void;
}

export function valueStore<T>(initial: T): WritableStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

const identity = <T>(value: T) => value;

/**
 * The part of a store's value `select` picks, re-rendering the component only when that part
 * changes (`Object.is`). `select` must return a primitive or an object the value already holds
 * (a plugin's state, a node), never a new object: React would see a change on every read.
 */
export function useStoreValue<T, S = T>(store: ValueStore<T>, select: (value: T) => S = identity as (value: T) => S): S {
  // A new `select` each render is fine: useSyncExternalStore reads it again on every render.
  const snapshot = useCallback(() => select(store.get()), [store, select]);
  return useSyncExternalStore(store.subscribe, snapshot, snapshot);
}
