import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { ACCOUNTS_FILE } from '../../main/storage/AccountStore.ts';
import { PASSWORD, useTeamServer } from '../helpers/teamServer.ts';

let clock = Date.now();
const t = useTeamServer({ team: { now: () => clock, passwordParams: { m: 1024, t: 1, p: 1 } } });

/** Another connection (as a database browser would) holds the account file with BEGIN EXCLUSIVE until `release`. */
function lockAccounts(): { release(): void } {
  const db = new DatabaseSync(join(t.dataDir, ACCOUNTS_FILE));
  db.exec('BEGIN EXCLUSIVE');
  db.exec("INSERT INTO audit_log (at, actor, action, subject, details) VALUES ('2026-01-01T00:00:00.000Z', 'browser', 'x', NULL, NULL)");
  return {
    release() {
      db.exec('ROLLBACK');
      db.close();
    },
  };
}

const post = async (path: string, body: unknown) => {
  const response = await fetch(`${t.server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), setCookie: response.headers.get('set-cookie'), body: await response.json() };
};

/** A named refusal saying to retry, in Vietnamese, that names the account file and carries no stack or SQLite text. */
function expectLockedRefusal(reply: { status: number; body: any }): void {
  expect([reply.status, reply.body.error.code]).toEqual([503, 'storage_locked']);
  expect(reply.body.error.message).toMatch(/tệp tài khoản.*thử lại/);
  expect(JSON.stringify(reply.body)).not.toMatch(/database is locked|\.ts:\d|\n\s+at /);
}

describe('a team server whose account file another connection holds with BEGIN EXCLUSIVE', () => {
  it('refuses a login with a 503 storage_locked and Retry-After, then signs the person in once the lock is released', async () => {
    await t.addUser('an', 'drafter');
    const lock = lockAccounts();
    let refused;
    try {
      refused = await post('/api/login', { name: 'an', password: PASSWORD });
    } finally {
      lock.release();
    }
    expectLockedRefusal(refused);
    expect(refused.retryAfter).toBe('5');
    expect(refused.setCookie).toBeNull();
    expect((await t.login('an')).status).toBe(200);
  });

  it('refuses account changes with 503 storage_locked, still lists accounts, and makes the change once released', async () => {
    await t.addUser('admin', 'admin');
    await t.addUser('an', 'reviewer');
    const admin = await t.cookieOf('admin');
    const lock = lockAccounts();
    let created, roleSet, listed;
    try {
      created = await t.rpcAs(admin, 'account.create', { name: 'binh', displayName: 'Bình', password: PASSWORD, role: 'reviewer', workspaceId: null });
      roleSet = await t.rpcAs(admin, 'account.setRole', { name: 'an', workspaceId: null, role: 'drafter' });
      listed = await t.rpcAs(admin, 'account.list', {}); // WAL: reading goes on beside the other's write lock
    } finally {
      lock.release();
    }
    expectLockedRefusal(created);
    expectLockedRefusal(roleSet);
    expect(listed.status).toBe(200);
    expect(listed.body.result.accounts.map((a: { name: string }) => a.name)).toEqual(['admin', 'an']);
    expect((await t.rpcAs(admin, 'account.create', { name: 'binh', displayName: 'Bình', password: PASSWORD, role: 'reviewer', workspaceId: null })).status).toBe(200);
    expect((await t.rpcAs(admin, 'account.setRole', { name: 'an', workspaceId: null, role: 'drafter' })).status).toBe(200);
  });

  it('keeps answering a signed-in person whose session is due a write, and writes it once the lock is released', async () => {
    await t.addUser('an', 'drafter');
    const cookie = await t.cookieOf('an');
    const lastSeen = () => {
      const db = new DatabaseSync(join(t.dataDir, ACCOUNTS_FILE), { readOnly: true });
      try {
        return (db.prepare('SELECT last_seen_at FROM sessions').get() as { last_seen_at: number }).last_seen_at;
      } finally {
        db.close();
      }
    };
    const before = lastSeen();
    clock += 5 * 60_000; // last_seen_at is due to be written
    const lock = lockAccounts();
    let checks: number[];
    try {
      checks = [];
      for (let i = 0; i < 3; i++) checks.push((await t.rpcAs(cookie, 'session.check', {})).status);
      checks.push((await t.rpcAs(cookie, 'workspace.list', {})).status);
    } finally {
      lock.release();
    }
    expect(checks).toEqual([200, 200, 200, 200]);
    expect(lastSeen()).toBe(before);
    clock += 10_000; // past the pause after a refused write
    expect((await t.rpcAs(cookie, 'session.check', {})).status).toBe(200);
    expect(lastSeen()).toBe(clock);
  });

  it('defers the new session id after a role change while locked: the old one keeps working and is replaced after release', async () => {
    await t.addUser('admin', 'admin');
    await t.addUser('an', 'reviewer');
    const admin = await t.cookieOf('admin');
    const cookie = await t.cookieOf('an');
    await t.callAs(admin, 'account.setRole', { name: 'an', workspaceId: null, role: 'drafter' });
    const lock = lockAccounts();
    let during;
    try {
      during = await t.rpcAs(cookie, 'account.me', {});
    } finally {
      lock.release();
    }
    expect(during.status).toBe(200);
    expect(during.setCookie).toBeNull();
    expect(during.body.result.grants.global).toBe('drafter');
    clock += 10_000;
    const after = await t.rpcAs(cookie, 'account.me', {});
    expect(after.status).toBe(200);
    expect(after.setCookie).toMatch(/^vk_session_[0-9a-f]{12}=/);
  });
});
