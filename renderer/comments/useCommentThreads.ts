import { COMMENTS_CHANGED } from '../../shared/rpc/protocol.ts';
import { call } from '../api/rpcClient.ts';
import { type Listen, useLiveRecords } from '../ui/useLiveRecords.ts';

/**
 * A document's comment threads, read again whenever the server says they changed (COMMENTS_CHANGED
 * on the document's sync socket, sent once a change is committed), after this page's own changes,
 * and whenever the document syncs again after a dropped connection (what was said meanwhile never
 * arrived). `run` makes a change and keeps its error to show.
 */
export function useCommentThreads(workspaceId: string, documentId: string, onStateless: Listen<[string]>, onSynced: Listen<[]>) {
  const { data, ...rest } = useLiveRecords(
    `${workspaceId}/${documentId}`,
    () => call('comment.list', { workspaceId, documentId }).then((r) => r.threads),
    COMMENTS_CHANGED,
    onStateless,
    onSynced,
  );
  return { threads: data, ...rest };
}
