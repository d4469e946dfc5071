import type { z } from 'zod';
import type { draftContract } from '../../shared/rpc/draftContract.ts';
import { call } from '../api/rpcClient.ts';
import type { CheckpointSide } from '../../shared/rpc/draftContract.ts';

type DraftContract = typeof draftContract;
export type DraftMethod = keyof DraftContract;

/**
 * Calls one method of the draft slice of the contract. Typed from the slice itself, so the
 * drafts UI compiles whether or not the slice is already combined into the whole contract.
 */
export function draftCall<M extends DraftMethod>(
  method: M,
  input: z.input<DraftContract[M]['input']>,
): Promise<z.output<DraftContract[M]['output']>> {
  return (call as unknown as (m: string, i: unknown) => Promise<z.output<DraftContract[M]['output']>>)(method, input);
}

export type DraftSide = number | 'working' | CheckpointSide;
export type DraftGet = z.output<DraftContract['draft.get']['output']>;
export type { CheckpointSummary, DraftSummary, DraftStage, KeptVersion } from '../../shared/rpc/draftContract.ts';
