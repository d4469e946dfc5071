import { useMemo } from 'react';
import { call } from '../api/rpcClient.ts';
import { compareBlocks } from '../../shared/compare/compareBlocks.ts';
import type { Comparison } from '../../shared/compare/types.ts';
import type { NumberedBlock } from '../../shared/document/flatBlock.ts';
import type { DraftSide } from '../../shared/rpc/draftContract.ts';
import type { MethodOutput } from '../../shared/rpc/contract.ts';
import { type Loaded, useLoad } from '../ui/useRpc.ts';
import { type SectionIndex, indexSections } from './changeSections.ts';

/** Both sides of a comparison as fetched, and the comparison computed here in the browser. */
export interface LoadedComparison {
  left: MethodOutput<'draft.get'>;
  right: MethodOutput<'draft.get'>;
  comparison: Comparison;
  index: SectionIndex;
  /** How long compareBlocks took, in ms (shown so reviewers trust that it is cheap). */
  millis: number;
}

/** Fetches two sides with draft.get and compares them block by block (shared engine). */
export function useComparison(workspaceId: string, documentId: string, left: DraftSide, right: DraftSide): Loaded<LoadedComparison> {
  const sides = useLoad(
    () => Promise.all([left, right].map((side) => call('draft.get', { workspaceId, documentId, side }))),
    [workspaceId, documentId, left, right],
  );
  const data = useMemo(() => {
    if (!sides.data) return null;
    const [l, r] = sides.data;
    const started = performance.now();
    const comparison = compareBlocks(l.blocks as NumberedBlock[], r.blocks as NumberedBlock[]);
    const millis = performance.now() - started;
    return { left: l, right: r, comparison, index: indexSections(comparison.changes), millis };
  }, [sides.data]);
  return { ...sides, data };
}
