import { useCallback, useEffect, useState } from 'react';
import { COMMENTS_CHANGED } from '../../shared/rpc/protocol.ts';
import type { CommentThreadJson } from '../../shared/rpc/commentContract.ts';
import { call, type RpcError } from '../api/rpcClient.ts';
import { toRpcError } from '../ui/useRpc.ts';

/**
 * A document's comment threads, read again whenever the server says they changed (a stateless
 * message on the document's sync socket, sent once a change is committed) and after this
 * page's own changes, and whenever the document syncs again after a dropped connection (what was
 * said meanwhile never arrived). `run` makes a change and keeps its error to show.
 */
export function useCommentThreads(workspaceId: string, documentId: string, onStateless: ((listener: (payload: string) => void) => () => void) | null, onSynced: ((listener: () => void) => () => void) | null) {
  const [threads, setThreads] = useState<CommentThreadJson[] | null>(null);
  const [error, setError] = useState<RpcError | null>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    let live = true;
    call('comment.list', { workspaceId, documentId }).then(
      ({ threads }) => live && (setThreads(threads), setError(null)),
      (e: unknown) => live && setError(toRpcError(e)),
    );
    return () => {
      live = false;
    };
  }, [workspaceId, documentId, generation]);

  useEffect(() => onStateless?.((payload) => payload === COMMENTS_CHANGED && reload()), [onStateless, reload]);
  // Messages sent while the socket was down are lost: read everything again once it is back.
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
        return null;
      }
    },
    [reload],
  );

  return { threads, error, reload, run, clearError: () => setError(null) };
}
