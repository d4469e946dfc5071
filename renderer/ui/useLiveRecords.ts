import { useCallback, useEffect, useState } from 'react';
import { type RpcError } from '../api/rpcClient.ts';
import { toRpcError } from './useRpc.ts';

/** Subscribes a listener; gives back the unsubscribe. Null while the document is not connected. */
export type Listen<T extends unknown[]> = ((listener: (...args: T) => void) => () => void) | null;

/**
 * Records of one document kept by the server beside its text (comments, suggestions): read with
 * `read`, and read again whenever the server says they changed (the stateless message `changed`
 * on the document's sync socket, sent once a change is committed), after this page's own changes
 * (whether they succeeded or not: a refused one may be refused because they changed), and whenever
 * the document syncs again after a dropped connection (what was said meanwhile never arrived).
 * `key` names the document; `run` makes a change and keeps its error to show.
 */
export function useLiveRecords<T>(key: string, read: () => Promise<T>, changed: string, onStateless: Listen<[string]>, onSynced: Listen<[]>) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<RpcError | null>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    let live = true;
    read().then(
      (result) => live && (setData(result), setError(null)),
      (e: unknown) => live && setError(toRpcError(e)),
    );
    return () => {
      live = false;
    };
    // `read` is a new function each render; `key` names what it reads.
  }, [key, generation]);

  useEffect(() => onStateless?.((payload) => payload === changed && reload()), [onStateless, changed, reload]);
  useEffect(() => onSynced?.(reload), [onSynced, reload]);

  const run = useCallback(
    async <R,>(change: () => Promise<R>): Promise<R | null> => {
      try {
        const result = await change();
        setError(null);
        return result;
      } catch (e) {
        setError(toRpcError(e));
        return null;
      } finally {
        reload();
      }
    },
    [reload],
  );

  return { data, error, reload, run, clearError: useCallback(() => setError(null), []) };
}
