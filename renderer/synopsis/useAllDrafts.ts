import { useEffect, useState } from 'react';
import type { NumberedBlock } from '../../shared/document/flatBlock.ts';
import { call, type RpcError } from '../api/rpcClient.ts';
import type { DraftSummary } from '../../shared/rpc/draftContract.ts';
import { toRpcError } from '../ui/useRpc.ts';

/**
 * Every draft of a document with its blocks, loaded one after another with progress, and after
 * them the working copy as it stands now (so `blocks` has one list more than `drafts`: the last
 * is the working copy's).
 */
export interface AllDrafts {
  drafts: DraftSummary[];
  blocks: NumberedBlock[][];
  /** Drafts loaded so far, and how many there are (for the progress line). */
  done: number;
  total: number;
  error: RpcError | null;
  ready: boolean;
}

export function useAllDrafts(workspaceId: string, documentId: string): AllDrafts {
  const [state, setState] = useState<AllDrafts>({ drafts: [], blocks: [], done: 0, total: 0, error: null, ready: false });
  useEffect(() => {
    let live = true;
    (async () => {
      const { drafts } = await call('draft.list', { workspaceId, documentId });
      const total = drafts.length + 1;
      if (live) setState((s) => ({ ...s, drafts, total }));
      const blocks: NumberedBlock[][] = [];
      for (const side of [...drafts.map((d) => d.number), 'working' as const]) {
        const got = await call('draft.get', { workspaceId, documentId, side });
        if (!live) return;
        blocks.push(got.blocks as NumberedBlock[]);
        setState((s) => ({ ...s, done: blocks.length }));
      }
      if (live) setState({ drafts, blocks, done: total, total, error: null, ready: true });
    })().catch((e: unknown) => live && setState((s) => ({ ...s, error: toRpcError(e) })));
    return () => {
      live = false;
    };
  }, [workspaceId, documentId]);
  return state;
}
