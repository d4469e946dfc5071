import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../shared/accounts/roles.ts';
import { contract, type MethodName } from '../../shared/rpc/contract.ts';
import { useTeamServer } from '../helpers/teamServer.ts';

// Cheap hashes: this file signs in 150 times (passwords are tested in teamLogin and passwords.test.ts).
const t = useTeamServer({ team: { passwordParams: { m: 1024, t: 1, p: 1 } } });

/** What each role is for (DESIGN.md): only drafters change a workspace's content; admins manage the server. */
const DRAFTER_ONLY = new Set<MethodName>([
  'document.create', 'document.rename', 'document.delete', 'document.restore', 'document.import', 'draft.freeze', 'draft.restore', 'draft.import',
  'suggestion.accept', 'suggestion.reject', 'suggestion.acceptAll', 'suggestion.rejectAll',
]);
/** Wording is suggested by those who would change it: drafters and reviewers (compilers and admins read suggestions). */
const SUGGESTERS = new Set<MethodName>(['suggestion.create']);
/** Comments are written by everyone who reads the text closely; admins only read them. */
const COMMENTERS = new Set<MethodName>(['comment.create', 'comment.reply', 'comment.edit', 'comment.delete', 'comment.resolve']);
/** Feedback is managed by compilers (tổ tổng hợp); everyone in the workspace reads it. */
const COMPILER_ONLY = new Set<MethodName>([
  'feedback.createSource', 'feedback.updateSource', 'feedback.deleteSource', 'feedback.importSources', 'feedback.preview', 'feedback.import', 'feedback.setSource',
  'feedback.decide', 'feedback.decideMany', 'feedback.saveTemplate', 'feedback.deleteTemplate',
  'feedback.createCode', 'feedback.renameCode', 'feedback.deleteCode', 'feedback.importCodebook', 'feedback.tag', 'feedback.untag',
  'feedback.anchor', 'feedback.setAnchor', 'feedback.cluster', 'feedback.mergeClusters', 'feedback.splitItem',
  'feedback.linkChange', 'feedback.unlink',
]);
/** A comment's proposed wording becomes a suggestion by those who manage feedback or the text. */
const TO_WORDING = new Set<MethodName>(['feedback.toSuggestion']);
const ADMIN_ONLY = new Set<MethodName>(['workspace.create', 'workspace.link', 'account.list', 'account.create', 'account.setDisabled', 'account.setRole', 'account.resetPassword', 'account.audit', 'account.auditExport']);

function expectedAllowed(method: MethodName, role: Role | null): boolean {
  if (ADMIN_ONLY.has(method)) return role === 'admin';
  if (contract[method].access.scope === 'signedIn') return true;
  if (role === null) return false; // no role in this workspace
  if (COMMENTERS.has(method)) return role !== 'admin';
  if (SUGGESTERS.has(method)) return role === 'drafter' || role === 'reviewer';
  if (COMPILER_ONLY.has(method)) return role === 'compiler';
  if (TO_WORDING.has(method)) return role === 'compiler' || role === 'drafter';
  return DRAFTER_ONLY.has(method) ? role === 'drafter' : true;
}

const methods = Object.keys(contract) as MethodName[];
const cases = methods.flatMap((method) => [...ROLES, null].map((role) => [method, role] as const));

describe('every RPC method against every role', () => {
  it('declares the access the roles are for', () => {
    for (const method of methods) {
      const access = contract[method].access;
      if (ADMIN_ONLY.has(method)) expect(access, method).toEqual({ scope: 'server', roles: ['admin'] });
      else if (DRAFTER_ONLY.has(method)) expect(access, method).toEqual({ scope: 'workspace', roles: ['drafter'] });
      else if (COMPILER_ONLY.has(method)) expect(access, method).toEqual({ scope: 'workspace', roles: ['compiler'] });
      else if (COMMENTERS.has(method)) expect(access, method).toEqual({ scope: 'workspace', roles: ['drafter', 'reviewer', 'compiler'] });
      else if (SUGGESTERS.has(method)) expect(access, method).toEqual({ scope: 'workspace', roles: ['drafter', 'reviewer'] });
      else if (TO_WORDING.has(method)) expect(access, method).toEqual({ scope: 'workspace', roles: ['compiler', 'drafter'] });
      else if (access.scope === 'workspace') expect(access.roles, method).toEqual([...ROLES]);
    }
  });

  it.each(cases)('%s as %s: refused with forbidden before any handler runs exactly when the role may not call it', async (method, role) => {
    const workspace = t.server.workspaces.create('Đại hội');
    const name = `u-${role ?? 'none'}`;
    // An admin is one server-wide; the others hold their role in this workspace only (none: in another).
    if (role === 'admin') await t.addUser(name, 'admin');
    else await t.addUser(name, role ?? 'drafter', role ? workspace.id : 'another-workspace');
    const cookie = await t.cookieOf(name);
    const input = contract[method].access.scope === 'workspace' ? { workspaceId: workspace.id } : {};
    const reply = await t.rpcAs(cookie, method, input);
    if (expectedAllowed(method, role)) expect(reply.body.error?.code, JSON.stringify(reply.body)).not.toBe('forbidden');
    else {
      expect(reply.status).toBe(403);
      expect(reply.body.error.code).toBe('forbidden');
      expect(reply.body.error.message).toMatch(/quyền|vai trò|quản trị/i);
    }
  });
});

describe('a refused call', () => {
  it('writes nothing even when its input is complete and valid', async () => {
    const workspace = t.server.workspaces.create('Đại hội');
    await t.addUser('reviewer', 'reviewer', workspace.id);
    await t.addUser('drafter', 'drafter', workspace.id);
    const reviewer = await t.cookieOf('reviewer');
    const refused = await t.rpcAs(reviewer, 'document.create', { workspaceId: workspace.id, kind: 'political_report', title: 'Báo cáo chính trị' });
    expect(refused.status).toBe(403);
    const drafter = await t.cookieOf('drafter');
    expect((await t.callAs(drafter, 'document.list', { workspaceId: workspace.id })).documents).toEqual([]);
    const made = await t.callAs(drafter, 'document.create', { workspaceId: workspace.id, kind: 'political_report', title: 'Báo cáo chính trị' });
    expect(made.document.title).toBe('Báo cáo chính trị');
    expect((await t.callAs(reviewer, 'document.list', { workspaceId: workspace.id })).documents).toHaveLength(1);
  });

  it('is refused before its input is validated, and an input without a workspace is a bad request', async () => {
    const workspace = t.server.workspaces.create('Đại hội');
    await t.addUser('reviewer', 'reviewer', workspace.id);
    const cookie = await t.cookieOf('reviewer');
    expect((await t.rpcAs(cookie, 'draft.freeze', { workspaceId: workspace.id, title: 42 })).body.error.code).toBe('forbidden');
    expect((await t.rpcAs(cookie, 'draft.freeze', { title: 42 })).body.error.code).toBe('bad_request');
    expect((await t.rpcAs(cookie, 'draft.freeze', '"just a string"')).body.error.code).toBe('bad_request');
  });

  it('lists only the workspaces a member holds a role in; a server-wide role sees them all', async () => {
    const a = t.server.workspaces.create('Đại hội A');
    const b = t.server.workspaces.create('Đại hội B');
    await t.addUser('only-a', 'reviewer', a.id);
    await t.addUser('everywhere', 'compiler');
    const onlyA = await t.callAs(await t.cookieOf('only-a'), 'workspace.list', {});
    expect(onlyA.workspaces.map((w: { id: string }) => w.id)).toEqual([a.id]);
    expect(onlyA.dataDir).toBeUndefined();
    const all = await t.callAs(await t.cookieOf('everywhere'), 'workspace.list', {});
    expect(all.workspaces.map((w: { id: string }) => w.id).sort()).toEqual([a.id, b.id].sort());
  });
});
