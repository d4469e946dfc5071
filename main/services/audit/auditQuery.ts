import { isAppError } from '../../../shared/errors.ts';
import type { AuditFilter } from '../../storage/AuditLog.ts';
import type { AccountStore } from '../../storage/AccountStore.ts';
import { asStorageError } from '../../storage/storageFault.ts';
import type { Workspaces } from '../workspaces/Workspaces.ts';

/** What an admin asks of the server's audit logs. Times are ISO; `until` is exclusive. */
export interface AuditQuery {
  action?: string;
  actor?: string;
  /** One workspace: its own log, and the accounts' entries about it (roles given there). */
  workspaceId?: string;
  since?: string;
  until?: string;
  limit: number;
}

/** One entry of a team server's logs: the accounts' (`workspaceId` null) or a workspace's. */
export interface ServerAuditEntry {
  workspaceId: string | null;
  workspaceName: string | null;
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject: string | null;
  details: unknown;
}

export interface AuditResult {
  entries: ServerAuditEntry[];
  /** Workspaces whose log could not be read (a damaged or locked file): named, never silently left out. */
  unread: { workspaceId: string; message: string }[];
}

/**
 * The entries of a team server's audit logs that match `query`, newest first, at most `limit`:
 * the account file's (logins, accounts, roles) and each workspace file's (documents, drafts,
 * imports, exports, comments, feedback), merged by time. Each log is read with the same filter
 * and at most `limit` rows, so a query reads at most `limit` rows a log.
 */
export function queryAudit(accounts: AccountStore, workspaces: Workspaces, query: AuditQuery): AuditResult {
  const filter: AuditFilter = { action: query.action, actor: query.actor, since: iso(query.since), until: iso(query.until), limit: query.limit };
  const entries: ServerAuditEntry[] = accounts.audit
    .entries({ ...filter, detailsWorkspaceId: query.workspaceId })
    .map((entry) => ({ workspaceId: null, workspaceName: null, ...entry }));
  const unread: AuditResult['unread'] = [];
  const ids = query.workspaceId !== undefined ? (workspaces.has(query.workspaceId) ? [query.workspaceId] : []) : workspaces.list().map((w) => w.id);
  for (const id of ids) {
    try {
      const store = workspaces.store(id);
      const name = workspaces.summary(id).name;
      for (const entry of store.audit.entries(filter)) entries.push({ workspaceId: id, workspaceName: name, ...entry });
    } catch (thrown) {
      const error = asStorageError(thrown);
      if (!isAppError(error)) throw thrown;
      unread.push({ workspaceId: id, message: error.message });
    }
  }
  entries.sort((a, b) => (a.at === b.at ? b.seq - a.seq : a.at < b.at ? 1 : -1));
  return { entries: entries.slice(0, query.limit), unread };
}

/** The stored form of a time (`toISOString`, milliseconds and Z), so text comparison is time order. */
function iso(time: string | undefined): string | undefined {
  return time === undefined ? undefined : new Date(time).toISOString();
}
