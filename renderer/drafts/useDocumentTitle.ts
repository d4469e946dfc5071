import { call } from '../api/rpcClient.ts';
import { useLoad } from '../ui/useRpc.ts';

/** The title of a document, '' until known. */
export function useDocumentTitle(workspaceId: string, documentId: string): string {
  const info = useLoad(() => call('document.list', { workspaceId }), [workspaceId]);
  return info.data?.documents.find((d) => d.id === documentId)?.title ?? '';
}
