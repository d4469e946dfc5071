import { useEffect, useState } from 'react';
import type { FeedbackRow } from '../../../shared/feedback/table/feedbackQuery.ts';
import { call, type RpcError } from '../../api/rpcClient.ts';
import { toRpcError } from '../../ui/useRpc.ts';
import { useFeedbackChanges } from '../useFeedbackChanges.ts';

/** Comments listed in the editor's panel for one section (the table has them all). */
export const PANEL_ROWS = 100;

/** The feedback index's key of a document's section: `<document id>:<section block id>` (main/services/feedback/DraftSections.ts). */
export const sectionKey = (documentId: string, blockId: string): string => `${documentId}:${blockId}`;

/** Changes whenever the workspace's feedback changes (an import, a decision, an anchor), heard from the server. */
export function useFeedbackGeneration(workspaceId: string): number {
  const [generation, setGeneration] = useState(0);
  useFeedbackChanges(workspaceId, () => setGeneration((n) => n + 1));
  return generation;
}

/**
 * Per section block of the document, how many comments are anchored in it (the feedback table's
 * section facet, every role of the workspace may read it), read again when feedback changes.
 */
export function useSectionCounts(workspaceId: string, documentId: string, generation: number): ReadonlyMap<string, number> {
  const [counts, setCounts] = useState<ReadonlyMap<string, number>>(new Map());
  useEffect(() => {
    let live = true;
    const prefix = sectionKey(documentId, '');
    void call('feedback.query', { workspaceId, limit: 1, facets: true }).then(
      ({ facets }) => live && setCounts(new Map((facets?.section ?? []).filter((e) => e.value.startsWith(prefix)).map((e) => [e.value.slice(prefix.length), e.count]))),
      () => live && setCounts(new Map()),
    );
    return () => {
      live = false;
    };
  }, [workspaceId, documentId, generation]);
  return counts;
}

/** The comments anchored in one section (the first PANEL_ROWS, in the order received) and how many there are. */
export function useSectionItems(workspaceId: string, section: string | null, generation: number): { rows: FeedbackRow[]; total: number; error: RpcError | null } {
  const [state, setState] = useState<{ rows: FeedbackRow[]; total: number; error: RpcError | null }>({ rows: [], total: 0, error: null });
  useEffect(() => {
    let live = true;
    if (!section) {
      setState({ rows: [], total: 0, error: null });
      return;
    }
    void call('feedback.query', { workspaceId, filters: { section: [section] }, limit: PANEL_ROWS, facets: false }).then(
      ({ rows, total }) => live && setState({ rows, total, error: null }),
      (e: unknown) => live && setState({ rows: [], total: 0, error: toRpcError(e) }),
    );
    return () => {
      live = false;
    };
  }, [workspaceId, section, generation]);
  return state;
}
