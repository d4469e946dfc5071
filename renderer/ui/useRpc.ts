import { useCallback, useEffect, useState } from 'react';
import { RpcError } from '../api/rpcClient.ts';

export interface Loaded<T> {
  data: T | null;
  error: RpcError | null;
  loading: boolean;
  reload(): void;
}

/** Loads `load()` on mount and whenever `deps` change; `reload` runs it again. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: RpcError | null; loading: boolean }>({ data: null, error: null, loading: true });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => live && setState({ data, error: null, loading: false }),
      (error: unknown) => live && setState({ data: null, error: toRpcError(error), loading: false }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}

export function toRpcError(error: unknown): RpcError {
  return error instanceof RpcError ? error : new RpcError({ code: 'internal', message: String((error as Error)?.message ?? error) });
}

export interface Action {
  busy: boolean;
  error: RpcError | null;
  /** Runs `action` (clearing the last error); true when it succeeded, false when it failed (its error kept). */
  run(action: () => Promise<unknown>): Promise<boolean>;
}

/** A button's or form's RPC work: whether one is running, and the error of the last one that failed. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<RpcError | null>(null);
  const run = useCallback(async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (e) {
      setError(toRpcError(e));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run };
}
