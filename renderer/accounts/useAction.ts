import { useState } from 'react';
import type { RpcError } from '../api/rpcClient.ts';
import { toRpcError } from '../ui/useRpc.ts';

/** Runs an admin action: its error or its notice (what `action` returns) shown, the list reloaded after. */
export function useAction(reload: () => void) {
  const [error, setError] = useState<RpcError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  async function run(action: () => Promise<string | void>): Promise<void> {
    setError(null);
    setNotice(null);
    try {
      const said = await action();
      if (said) setNotice(said);
    } catch (thrown) {
      setError(toRpcError(thrown));
    } finally {
      reload();
    }
  }
  return { error, notice, run };
}
