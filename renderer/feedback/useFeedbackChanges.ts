import { useEffect, useRef } from 'react';
import type { FeedbackChange } from '../../shared/feedback/feedbackChanges.ts';
import { call } from '../api/rpcClient.ts';

/** Waits after a failed request (server away, offline) before asking again, growing to the last. */
const RETRY_MS = [1_000, 3_000, 10_000, 30_000];

/**
 * Keeps asking the server what changed in the workspace's feedback (`feedback.changes`, a
 * long-polling request: answered when something changed, else after 25 s), and calls
 * `onChanges` with what did; `reset` when the page must read everything again (first answer, a
 * restarted server, a page left far behind). Stops when the page unmounts.
 */
export function useFeedbackChanges(workspaceId: string, onChanges: (changes: FeedbackChange[], reset: boolean) => void): void {
  const latest = useRef(onChanges);
  latest.current = onChanges;
  useEffect(() => {
    let live = true;
    let epoch: string | null = null;
    let since = 0;
    let failures = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      while (live) {
        try {
          const reply = await call('feedback.changes', { workspaceId, epoch, since });
          if (!live) return;
          failures = 0;
          // The first answer only says where things stand: the page has just read everything.
          const first = epoch === null;
          epoch = reply.epoch;
          since = reply.seq;
          if (!first && (reply.reset || reply.changes.length > 0)) latest.current(reply.changes, reply.reset);
        } catch {
          if (!live) return;
          const wait = RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)];
          await new Promise<void>((resolve) => (timer = setTimeout(resolve, wait)));
          // Back after a failure: what happened meanwhile may be unknown; read everything.
          epoch = null;
          latest.current([], true);
        }
      }
    };
    void ask();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [workspaceId]);
}
