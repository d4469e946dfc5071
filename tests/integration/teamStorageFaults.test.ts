import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACCOUNTS_FILE } from '../../main/storage/AccountStore.ts';
import { holdWriteLock } from '../helpers/holdWriteLock.ts';
import { storageFaultOf } from '../../main/storage/storageFault.ts';
import { rawDatabase } from '../helpers/rawDatabase.ts';
import { PASSWORD, useTeamServer } from '../helpers/teamServer.ts';

let clock = Date.now();
const t = useTeamServer({ team: { now: () => clock, passwordParams: { m: 1024, t: 1, p: 1 } } });

const accountsFile = () => join(t.dataDir, ACCOUNTS_FILE);
const post = async (path: string, body: unknown, cookie?: string) => {
  const response = await fetch(`${t.server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json(), setCookie: response.headers.get('set-cookie') };
};

/** Everything the account file holds, as rows, to compare before and after a refused change. */
function rows(): Record<string, unknown[]> {
  const db = rawDatabase(t.server.accounts!.store);
  const out: Record<string, unknown[]> = {};
  for (const table of ['users', 'user_roles', 'sessions', 'audit_log']) out[table] = db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all();
  return out;
}

/** Runs `fn` while another process holds the account file's write lock. */
async function whileLocked<T>(fn: () => Promise<T> | T): Promise<T> {
  const lock = await holdWriteLock(accountsFile());
  try {
    return await fn();
  } finally {
    await lock.release();
  }
}

/** Runs `fn` while the account file cannot grow by a page (a full disk, on its own connection). */
async function whileFull<T>(fn: () => Promise<T> | T): Promise<T> {
  const db = rawDatabase(t.server.accounts!.store);
  const { page_count } = db.prepare('PRAGMA page_count').get() as { page_count: number };
  db.exec(`PRAGMA max_page_count = ${page_count}`);
  try {
    return await fn();
  } finally {
    db.exec('PRAGMA max_page_count = 1073741823');
  }
}

/** Writes `write(i)` for i = 0, 1, … until the file is full: the next write of that table needs a page it cannot have. */
function fillUp(write: (i: number) => void): void {
  for (let i = 0; i < 100_000; i++) {
    try {
      write(i);
    } catch (error) {
      if (storageFaultOf(error) === 'disk_full') return;
      throw error;
    }
  }
  throw new Error('the account file never filled up');
}

describe('a team server whose account file is locked by another program', () => {
  it('refuses a login with storage_locked, writes nothing, and signs the person in once the lock is gone', async () => {
    await t.addUser('an', 'drafter');
    const before = rows();
    const refused = await whileLocked(() => post('/api/login', { name: 'an', password: PASSWORD }));
    expect([refused.status, refused.body.error.code]).toEqual([503, 'storage_locked']);
    expect(refused.setCookie).toBeNull();
    expect(rows()).toEqual(before);
    expect((await t.login('an')).status).toBe(200);
  });

  it('refuses the first admin’s setup with storage_locked and keeps the setup code usable', async () => {
    const code = t.server.accounts!.setupCode!;
    const account = { code, name: 'admin', displayName: 'Quản trị', password: PASSWORD };
    const refused = await whileLocked(() => post('/api/setup', account));
    expect([refused.status, refused.body.error.code]).toEqual([503, 'storage_locked']);
    expect(rows().users).toEqual([]);
    expect(t.server.accounts!.setupCode).toBe(code);
    expect(await (await fetch(`${t.server.url}/api/team`)).json()).toEqual({ mode: 'team', setupNeeded: true });
    const made = await post('/api/setup', account);
    expect(made.status).toBe(200);
    expect(t.server.accounts!.setupCode).toBeNull();
  });

  it('refuses a logout with storage_locked: the session stays whole (usable, not half ended) until a logout that lands', async () => {
    await t.addUser('an', 'drafter');
    const cookie = await t.cookieOf('an');
    const before = rows();
    const refused = await whileLocked(() => post('/api/logout', '', cookie));
    expect([refused.status, refused.body.error.code]).toEqual([503, 'storage_locked']);
    expect(rows()).toEqual(before);
    expect((await t.rpcAs(cookie, 'session.check', {})).status).toBe(200);
    expect((await post('/api/logout', '', cookie)).status).toBe(200);
    expect((await t.rpcAs(cookie, 'session.check', {})).status).toBe(401);
  });

  it('refuses an admin’s role change with storage_locked and changes no right', async () => {
    await t.addUser('admin', 'admin');
    await t.addUser('an', 'reviewer');
    const adminCookie = await t.cookieOf('admin');
    const before = rows();
    const refused = await whileLocked(() => t.rpcAs(adminCookie, 'account.setRole', { name: 'an', workspaceId: null, role: 'drafter' }));
    expect([refused.status, refused.body.error.code]).toEqual([503, 'storage_locked']);
    expect(rows()).toEqual(before);
    expect((await t.callAs(adminCookie, 'account.list', {})).accounts.find((a: { name: string }) => a.name === 'an').grants.global).toBe('reviewer');
  });

  it('keeps serving when the minute’s session sweep meets the lock, and sweeps at the next one', async () => {
    await t.addUser('an', 'drafter');
    const idle = await t.cookieOf('an');
    clock += 13 * 3600_000; // past the idle limit
    await whileLocked(() => expect(() => t.server.sweepSessions()).not.toThrow());
    expect(rows().sessions).toHaveLength(1);
    t.server.sweepSessions();
    expect(rows().sessions).toHaveLength(0);
    expect((await t.rpcAs(idle, 'session.check', {})).status).toBe(401);
    expect((await t.login('an')).status).toBe(200);
  });
});

describe('a team server whose account file cannot grow (a full disk)', () => {
  it('refuses a login with disk_full, leaving no audit entry without its session', async () => {
    let before: ReturnType<typeof rows> = {};
    await t.addUser('an', 'drafter');
    const store = t.server.accounts!.store;
    const refused = await whileFull(() => {
      // Sessions cannot grow; the audit log may: a login must not be audited without its session.
      fillUp((i) => store.insertSession(`filler-${i}`, store.userByName('an')!.id, clock));
      before = rows();
      return post('/api/login', { name: 'an', password: PASSWORD });
    });
    expect([refused.status, refused.body.error.code]).toEqual([507, 'disk_full']);
    expect(rows()).toEqual(before);
    expect((await t.login('an')).status).toBe(200);
  });

  it('refuses the first admin’s setup with disk_full and keeps the setup code usable', async () => {
    const code = t.server.accounts!.setupCode!;
    const audit = t.server.accounts!.store.audit;
    const refused = await whileFull(() => {
      // The users table has room, the audit log none: the admin must not be made without its entry.
      fillUp(() => audit.record('test', 'account.logout', null, { name: 'x'.repeat(100) }));
      return post('/api/setup', { code, name: 'admin', displayName: 'Quản trị', password: PASSWORD });
    });
    expect([refused.status, refused.body.error.code]).toEqual([507, 'disk_full']);
    expect(rows().users).toEqual([]);
    expect(t.server.accounts!.setupCode).toBe(code);
  });
});
