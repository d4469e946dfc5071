import { useCallback, useEffect, useRef, useState } from 'react';
import type { FeedbackFacets, FeedbackFilters, FeedbackRow, FeedbackSort } from '../../../shared/feedback/table/feedbackQuery.ts';
import { call, type RpcError } from '../../api/rpcClient.ts';
import { toRpcError } from '../../ui/useRpc.ts';

/** Rows fetched at a time: a few screens, so scrolling asks rarely. */
export const PAGE_ROWS = 200;

export interface TableQuery {
  filters: FeedbackFilters;
  search: string;
  sort: FeedbackSort;
}

export interface FeedbackRows {
  total: number;
  all: number;
  facets: FeedbackFacets | null;
  error: RpcError | null;
  /** True until the query's first page has come. */
  loading: boolean;
  /** Which reading of the table the rows come from: each reload (a new query, `refresh`, `reload`) counts one up. */
  loaded: number;
  /** The number the next reading will have once it has come (readings started before now have lower ones). */
  nextReading(): number;
  /** The row at `index`, or undefined while its page is being fetched. */
  rowAt(index: number): FeedbackRow | undefined;
  /** Fetches the pages that hold rows `from`…`to` (inclusive) that are not here yet. */
  ensure(from: number, to: number): void;
  reload(): void;
}

/**
 * The table's rows, a page at a time: a new query (or `refresh`) drops every page and asks for
 * the first with the facets; the other pages come as they scroll into view, without facets. An
 * answer to an older query is dropped, so rows of two queries never mix.
 */
export function useFeedbackRows(workspaceId: string, query: TableQuery, refresh: number): FeedbackRows {
  const pages = useRef(new Map<number, FeedbackRow[]>());
  const pending = useRef(new Set<number>());
  const generation = useRef(0);
  const [reloads, setReloads] = useState(0);
  const [, setArrived] = useState(0);
  const [head, setHead] = useState<{ total: number; all: number; facets: FeedbackFacets | null; error: RpcError | null; loading: boolean; loaded: number }>({
    total: 0, all: 0, facets: null, error: null, loading: true, loaded: 0,
  });
  const key = JSON.stringify(query);

  const fetchPage = useCallback((page: number, facets: boolean) => {
    const mine = generation.current;
    pending.current.add(page);
    return call('feedback.query', { workspaceId, ...query, offset: page * PAGE_ROWS, limit: PAGE_ROWS, facets }).then((result) => {
      if (mine !== generation.current) return null;
      pending.current.delete(page);
      pages.current.set(page, result.rows);
      setArrived((n) => n + 1);
      return result;
    });
    // `key` stands for `query`, which is a new object on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workspaceId, key]);

  useEffect(() => {
    const reading = ++generation.current;
    pages.current = new Map();
    pending.current = new Set();
    setHead((h) => ({ ...h, loading: true }));
    fetchPage(0, true).then(
      (result) => result && setHead({ total: result.total, all: result.all, facets: result.facets, error: null, loading: false, loaded: reading }),
      (error: unknown) => setHead((h) => ({ ...h, error: toRpcError(error), loading: false })),
    );
  }, [fetchPage, refresh, reloads]);

  const ensure = useCallback((from: number, to: number) => {
    for (let page = Math.floor(Math.max(0, from) / PAGE_ROWS); page <= Math.floor(to / PAGE_ROWS); page++) {
      if (!pages.current.has(page) && !pending.current.has(page)) {
        fetchPage(page, false).catch((error: unknown) => {
          pending.current.delete(page);
          setHead((h) => ({ ...h, error: toRpcError(error) }));
        });
      }
    }
  }, [fetchPage]);

  return {
    ...head,
    rowAt: (index) => pages.current.get(Math.floor(index / PAGE_ROWS))?.[index % PAGE_ROWS],
    ensure,
    nextReading: () => generation.current + 1,
    reload: useCallback(() => setReloads((n) => n + 1), []),
  };
}
