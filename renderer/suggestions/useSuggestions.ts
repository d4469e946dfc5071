import { useCallback, useEffect, useState } from 'react';
import { SUGGESTIONS_CHANGED } from '../../shared/rpc/protocol.ts';
import type { SuggestionJson } from '../../shared/rpc/suggestionContract.ts';
import { call, type RpcError } from '../api/rpcClient.ts';
import { toRpcError } from '../ui/useRpc.ts';

type Listen<T extends unknown[]> = ((listener: (...args: T) => void) => () => void) | null;

/**
 * A document's suggestions, read again whenever the server says they changed (SUGGESTIONS_CHANGED
 * on the document's sync socket, once committed), after this page's own changes, and when the
 * document syncs again after a dropped connection. `run` makes a change and keeps its error.
 */
export function useSuggestions(workspaceId: string, documentId: string, onStateless: Listen<[string]>, onSynced: Listen<[]>) {
  const [suggestions, setSuggestions] = useState<SuggestionJson[] | null>(null);
  const [error, setError] = useState<RpcError | null>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    let live = true;
    call('suggestion.list', { workspaceId, documentId }).then(
      ({ suggestions }) => live && (setSuggestions(suggestions), setError(null)),
      (e: unknown) => live && setError(toRpcError(e)),
    );
    return () => {
      live = false;
    };
  }, [workspaceId, documentId, generation]);

  useEffect(() => onStateless?.((payload) => payload === SUGGESTIONS_CHANGED && reload()), [onStateless, reload]);
  useEffect(() => onSynced?.(reload), [onSynced, reload]);

  const run = useCallback(
    async <T,>(change: () => Promise<T>): Promise<T | null> => {
      try {
        const result = await change();
        setError(null);
        reload();
        return result;
      } catch (e) {
        setError(toRpcError(e));
        reload();
        return null;
      }
    },
    [reload],
  );

  return { suggestions, error, reload, run, clearError: () => setError(null) };
}
