import { SUGGESTIONS_CHANGED } from '../../shared/rpc/protocol.ts';
import { call } from '../api/rpcClient.ts';
import { type Listen, useLiveRecords } from '../ui/useLiveRecords.ts';

/**
 * A document's suggestions, read again whenever the server says they changed (SUGGESTIONS_CHANGED
 * on the document's sync socket, once committed), after this page's own changes, and when the
 * document syncs again after a dropped connection. `run` makes a change and keeps its error.
 */
export function useSuggestions(workspaceId: string, documentId: string, onStateless: Listen<[string]>, onSynced: Listen<[]>) {
  const { data, ...rest } = useLiveRecords(
    `${workspaceId}/${documentId}`,
    () => call('suggestion.list', { workspaceId, documentId }).then((r) => r.suggestions),
    SUGGESTIONS_CHANGED,
    onStateless,
    onSynced,
  );
  return { suggestions: data, ...rest };
}
