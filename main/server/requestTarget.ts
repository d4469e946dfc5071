import { percentDecoded } from './auth.ts';

/** A request target as the server uses it. */
export interface RequestTarget {
  /** The path as sent (percent-encoded, dot segments resolved). */
  pathname: string;
  /** The same path, percent-decoded. */
  path: string;
  search: string;
  searchParams: URLSearchParams;
}

/**
 * Parses the target of a request line, or null when it is not one the server answers: it must
 * be origin-form (`/path?query`, as browsers send) and its path must be valid percent-encoding.
 * The path is taken literally (`//x` is a path, not a host), and never throws on what a client sent.
 */
export function parseRequestTarget(raw: string | undefined): RequestTarget | null {
  if (!raw?.startsWith('/')) return null;
  let url: URL;
  try {
    url = new URL(`http://localhost${raw}`);
  } catch {
    return null;
  }
  const path = percentDecoded(url.pathname);
  if (path === null) return null;
  return { pathname: url.pathname, path, search: url.search, searchParams: url.searchParams };
}
