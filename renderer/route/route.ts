/** The app's places, kept in the URL hash so reload and back/forward work. */
export type Route =
  | { page: 'home'; workspaceId: string | null }
  | { page: 'editor'; workspaceId: string; documentId: string }
  // Drafts and comparison (issue #4): sides are draft numbers or "working".
  | { page: 'compare'; workspaceId: string; documentId: string; left: string; right: string }
  | { page: 'draft'; workspaceId: string; documentId: string; number: number }
  // A checkpoint kept before a restore (issue 7), viewed like a draft.
  | { page: 'checkpoint'; workspaceId: string; documentId: string; number: number }
  | { page: 'synopsis'; workspaceId: string; documentId: string; blockId: string | null }
  // Who changed what between two drafts (issue 9): `from` a draft number, `to` a later one or "working"; absent, the latest draft to the working copy.
  | { page: 'changes'; workspaceId: string; documentId: string; from?: number; to?: number | 'working' }
  // A team server's admin screen (issue 10): users, roles, the accounts' log.
  | { page: 'admin' }
  // Feedback (issue 11): a workspace's comments, their files and batches.
  | { page: 'feedback'; workspaceId: string; section?: string; item?: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (parts[0] === 'w' && parts[1] && parts[2] === 'd' && parts[3]) {
    const doc = { workspaceId: parts[1], documentId: parts[3] };
    if (parts[4] === 'compare' && parts[5] && parts[6]) return { page: 'compare', ...doc, left: parts[5], right: parts[6] };
    if (parts[4] === 'draft' && /^\d+$/.test(parts[5] ?? '')) return { page: 'draft', ...doc, number: Number(parts[5]) };
    if (parts[4] === 'checkpoint' && /^[1-9]\d{0,8}$/.test(parts[5] ?? '')) return { page: 'checkpoint', ...doc, number: Number(parts[5]) };
    if (parts[4] === 'synopsis') return { page: 'synopsis', ...doc, blockId: parts[5] || null };
    if (parts[4] === 'changes') return { page: 'changes', ...doc, ...changesSides(parts[5], parts[6]) };
    return { page: 'editor', ...doc };
  }
  if (parts[0] === 'w' && parts[1] && parts[2] === 'feedback') {
    // The table opened on a section's comments, one of them selected (from the editor's feedback panel).
    if (parts[3] === 'section' && parts[4]) return { page: 'feedback', workspaceId: parts[1], section: parts[4], ...(parts[5] ? { item: parts[5] } : {}) };
    return { page: 'feedback', workspaceId: parts[1] };
  }
  if (parts[0] === 'w' && parts[1]) return { page: 'home', workspaceId: parts[1] };
  if (parts[0] === 'admin') return { page: 'admin' };
  return { page: 'home', workspaceId: null };
}

export function routeHash(route: Route): string {
  if (route.page === 'home') return route.workspaceId ? `#/w/${encodeURIComponent(route.workspaceId)}` : '#/';
  if (route.page === 'admin') return '#/admin';
  if (route.page === 'feedback') {
    const base = `#/w/${encodeURIComponent(route.workspaceId)}/feedback`;
    return route.section ? `${base}/section/${encodeURIComponent(route.section)}${route.item ? `/${encodeURIComponent(route.item)}` : ''}` : base;
  }
  const doc = `#/w/${encodeURIComponent(route.workspaceId)}/d/${encodeURIComponent(route.documentId)}`;
  if (route.page === 'compare') return `${doc}/compare/${encodeURIComponent(route.left)}/${encodeURIComponent(route.right)}`;
  if (route.page === 'draft') return `${doc}/draft/${route.number}`;
  if (route.page === 'checkpoint') return `${doc}/checkpoint/${route.number}`;
  if (route.page === 'synopsis') return `${doc}/synopsis${route.blockId ? `/${encodeURIComponent(route.blockId)}` : ''}`;
  if (route.page === 'changes') return `${doc}/changes${route.from === undefined ? '' : `/${route.from}/${route.to ?? 'working'}`}`;
  return doc;
}

/** The sides of a changes route, or none (the default) when they are not a draft number and a later side. */
function changesSides(from: string | undefined, to: string | undefined): { from?: number; to?: number | 'working' } {
  if (!from || !/^[1-9]\d{0,8}$/.test(from)) return {};
  if (to === 'working') return { from: Number(from), to };
  return to && /^[1-9]\d{0,8}$/.test(to) ? { from: Number(from), to: Number(to) } : { from: Number(from), to: 'working' };
}

export function navigate(route: Route): void {
  location.hash = routeHash(route);
}
