/**
 * The IndexedDB database that keeps one document's changes on this machine: one per server,
 * signed-in person (team mode; '' for the desktop's single user), workspace and document, so two
 * people sharing a browser, or two servers, never read each other's unsent edits.
 */
export function offlineStoreName(server: string, user: string | null, workspaceId: string, documentId: string): string {
  return `vankien-offline|${encodeURIComponent(server)}|${encodeURIComponent(user ?? '')}|${encodeURIComponent(workspaceId)}|${encodeURIComponent(documentId)}`;
}
