import { z } from 'zod';
import { SERVER_ADMINS, SIGNED_IN } from '../accounts/access.ts';
import { displayName, initials, newPassword, role, userName } from './accountFields.ts';
import { method } from './method.ts';
import { workspaceId } from './workspaceContract.ts';

const grants = z.object({ global: role.nullable(), workspaces: z.record(z.string(), role) });

/** A person as every screen shows them. */
export const personSummary = z.object({ name: z.string(), displayName: z.string(), initials: z.string() });

/** An account as the admin screen lists it. */
export const accountSummary = personSummary.extend({ createdAt: z.string(), disabled: z.boolean(), grants });
export type AccountSummary = z.infer<typeof accountSummary>;

/** An entry of the server's audit logs: the accounts' (`workspaceId` null) or a workspace's. */
export const auditEntry = z.object({
  workspaceId: z.string().nullable(),
  workspaceName: z.string().nullable(),
  seq: z.number(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  subject: z.string().nullable(),
  details: z.unknown(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

const auditTime = (what: string) => z.iso.datetime({ error: `Thời điểm (${what}) phải theo ISO 8601, ví dụ 2026-12-03T08:00:00Z.` });

/** Which entries: an action, who did it (by comparison key), one workspace, from `since` (inclusive) to `until` (exclusive). */
export const auditFilter = z.object({
  action: z.string().max(64).optional(),
  actor: z.string().max(64).optional(),
  workspaceId: workspaceId.optional(),
  since: auditTime('since').optional(),
  until: auditTime('until').optional(),
});
export type AuditFilterInput = z.infer<typeof auditFilter>;

/** The most entries one export holds. */
export const AUDIT_EXPORT_LIMIT = 50_000;

/**
 * The account slice of the RPC contract: who the caller is (everyone), and the accounts of a
 * team server (its admins). On a local server there are no accounts: `account.me` answers
 * `{mode: 'local'}` and the others are `forbidden`.
 */
export const accountContract = {
  'account.me': method(
    z.object({}),
    z.union([
      z.object({ mode: z.literal('local') }),
      z.object({ mode: z.literal('team'), user: personSummary, grants }),
    ]),
    SIGNED_IN,
  ),
  'account.list': method(z.object({}), z.object({ accounts: z.array(accountSummary) }), SERVER_ADMINS),
  'account.create': method(
    z.object({ name: userName, displayName, initials: initials.optional(), password: newPassword, role: role.nullable(), workspaceId: workspaceId.nullable() }),
    z.object({ account: accountSummary }),
    SERVER_ADMINS,
  ),
  /** Disabling ends every session of the account at once (its sockets are closed); enabling lets it sign in again. */
  'account.setDisabled': method(z.object({ name: userName, disabled: z.boolean() }), z.object({ account: accountSummary }), SERVER_ADMINS),
  /** Sets or (null) removes a role in one workspace, or server-wide (`workspaceId` null). Takes effect at once. */
  'account.setRole': method(z.object({ name: userName, workspaceId: workspaceId.nullable(), role: role.nullable() }), z.object({ account: accountSummary }), SERVER_ADMINS),
  /** A new password set by an admin; the account's sessions end. */
  'account.resetPassword': method(z.object({ name: userName, password: newPassword }), z.object({ ok: z.literal(true) }), SERVER_ADMINS),
  /**
   * The server's audit logs, newest first: the accounts' (logins and failures, logouts, users,
   * roles) and every workspace's (documents, drafts, imports, exports, comments, feedback), or
   * one workspace's with the role changes made there. `unread`: workspaces whose log could not be read.
   */
  'account.audit': method(
    auditFilter.extend({ limit: z.number().int().min(1).max(500).default(100) }),
    z.object({ entries: z.array(auditEntry), unread: z.array(z.object({ workspaceId: z.string(), message: z.string() })) }),
    SERVER_ADMINS,
  ),
  /** The entries the filter selects (at most AUDIT_EXPORT_LIMIT), as a .csv (UTF-8 with BOM) or .xlsx file. */
  'account.auditExport': method(
    auditFilter.extend({ format: z.enum(['csv', 'xlsx']) }),
    z.object({ fileName: z.string(), mimeType: z.string(), dataBase64: z.string(), count: z.number().int(), truncated: z.boolean() }),
    SERVER_ADMINS,
  ),
};
