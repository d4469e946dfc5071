/** The app's places, kept in the URL hash so reload and back/forward work. */
export type Route =
  | { page: 'home'; workspaceId: string | null }
  | { page: 'editor'; workspaceId: string; documentId: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (parts[0] === 'w' && parts[1] && parts[2] === 'd' && parts[3]) return { page: 'editor', workspaceId: parts[1], documentId: parts[3] };
  if (parts[0] === 'w' && parts[1]) return { page: 'home', workspaceId: parts[1] };
  return { page: 'home', workspaceId: null };
}

export function routeHash(route: Route): string {
  if (route.page === 'editor') return `#/w/${encodeURIComponent(route.workspaceId)}/d/${encodeURIComponent(route.documentId)}`;
  return route.workspaceId ? `#/w/${encodeURIComponent(route.workspaceId)}` : '#/';
}

export function navigate(route: Route): void {
  location.hash = routeHash(route);
}
