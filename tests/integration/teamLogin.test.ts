import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../main/services/accounts/passwords.ts';
import { cookieFrom, PASSWORD, useTeamServer } from '../helpers/teamServer.ts';

let clock = Date.now();
const t = useTeamServer({ team: { now: () => clock, sessions: { idleMs: 60_000, absoluteMs: 300_000, graceMs: 5_000 } } });

async function post(path: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${t.server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

const audit = async (cookie: string) => (await t.callAs(cookie, 'account.audit', { limit: 500 })).entries as { action: string; details: any; actor: string }[];

describe('POST /api/login', () => {
  it('answers 200 with an HttpOnly SameSite=Strict session cookie and who signed in; RPC then accepts the cookie', async () => {
    await t.addUser('an', 'drafter');
    const reply = await t.login('an');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ user: { name: 'an', displayName: 'Người an', initials: 'NA' }, role: 'drafter', grants: { global: 'drafter', workspaces: {} } });
    expect(reply.setCookie).toMatch(new RegExp(`^${t.server.sessionCookieName}=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=/$`));
    expect(await t.callAs(reply.cookie!, 'account.me', {})).toMatchObject({ mode: 'team', user: { name: 'an' } });
    expect((await t.rpcAs(null, 'session.check', {})).status).toBe(401);
  });

  it('finds the account by name whatever the case and tone-mark placement', async () => {
    await t.addUser('Hoà', 'reviewer');
    expect((await t.login('hòa')).status).toBe(200);
    expect((await t.login('HOÀ')).status).toBe(200);
  });

  it('answers 401 login_failed for a wrong password and for an unknown name alike, and audits both without the password', async () => {
    await t.addUser('admin', 'admin');
    const wrong = await t.login('admin', 'sai mật khẩu rồi');
    const unknown = await t.login('không-có', 'sai mật khẩu rồi');
    for (const reply of [wrong, unknown]) {
      expect(reply.status).toBe(401);
      expect(reply.body.error).toEqual({ code: 'login_failed', message: 'Sai tên đăng nhập hoặc mật khẩu.' });
      expect(reply.setCookie).toBeNull();
    }
    const entries = await audit(await t.cookieOf('admin'));
    const failures = entries.filter((e) => e.action === 'account.login_failed');
    expect(failures.map((e) => e.details.reason).sort()).toEqual(['unknown_user', 'wrong_password']);
    expect(entries.some((e) => e.action === 'account.login' && e.details.name === 'admin')).toBe(true);
    expect(JSON.stringify(entries)).not.toContain('sai mật khẩu');
    expect(JSON.stringify(entries)).not.toContain(PASSWORD);
  });

  it('answers 429 after 5 failures for one account, saying in Vietnamese when to try again, even with the right password', async () => {
    await t.addUser('binh', 'reviewer');
    for (let i = 0; i < 5; i++) expect((await t.login('binh', `sai-${i}-mật-khẩu`)).status).toBe(401);
    const limited = await t.login('binh');
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limited');
    expect(limited.body.error.message).toMatch(/^Đăng nhập sai quá nhiều lần\. Hãy thử lại sau 15 phút \(sau \d\d:\d\d\)\.$/);
    expect(Number(limited.headers.get('retry-after'))).toBe(900);
    await t.addUser('chi', 'reviewer');
    expect((await t.login('chi')).status).toBe(200); // another account from the same address is not held back
    clock += 15 * 60_000;
    expect((await t.login('binh')).status).toBe(200);
  });

  it('answers 429 for an address that failed 30 times, whatever names it tries', async () => {
    await t.addUser('dung', 'reviewer');
    for (let i = 0; i < 30; i++) expect((await t.login(`ten-${i}`, 'sai-mật-khẩu')).status).toBe(401);
    expect((await t.login('dung')).status).toBe(429);
    clock += 15 * 60_000;
  });

  it.each([
    ['not JSON', '{"name": "an", ', 400, 'không phải JSON hợp lệ'],
    ['an array', '["an", "pw"]', 400, 'Dữ liệu gửi lên không hợp lệ'],
    ['a number for the name', '{"name": 7, "password": "x"}', 400, 'Tên đăng nhập (name) phải là chữ.'],
    ['no password', '{"name": "an"}', 400, 'Thiếu mật khẩu (password).'],
    ['an extra key', '{"name": "an", "password": "x", "admin": true}', 400, 'admin'],
    ['a 2,000-character name', JSON.stringify({ name: 'a'.repeat(2000), password: 'x' }), 400, 'Tên đăng nhập dài quá 64 ký tự.'],
    ['a 5 KB body', JSON.stringify({ name: 'an', password: 'x'.repeat(5000) }), 413, 'quá lớn'],
    ['deep nesting', '{"name":' + '['.repeat(5000) + ']'.repeat(5000) + '}', 413, 'quá lớn'],
  ])('refuses %s with a named reason and stays up', async (_what, body, status, words) => {
    await t.addUser('an', 'drafter');
    const reply = await post('/api/login', body);
    expect(reply.status).toBe(status);
    expect(reply.body.error.code).toBe('bad_request');
    expect(reply.body.error.message).toContain(words);
    expect((await t.login('an')).status).toBe(200);
  });

  it('logs a failed name as text that displays as it is: controls and bidi marks replaced', async () => {
    await t.addUser('admin', 'admin');
    expect((await t.login('adm\u202Enimda\u0007', 'sai-mật-khẩu')).status).toBe(401);
    const failure = (await audit(await t.cookieOf('admin'))).find((e) => e.action === 'account.login_failed')!;
    expect(failure.actor).toBe('adm\uFFFDnimda\uFFFD');
    expect(failure.details.name).toBe('adm\uFFFDnimda\uFFFD');
  });

  it('refuses GET and a foreign Origin', async () => {
    expect((await fetch(`${t.server.url}/api/login`)).status).toBe(405);
    const foreign = await post('/api/login', '{}', { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.code).toBe('forbidden_origin');
  });

  it('gives a new session id at every login, and stores only hashes of them', async () => {
    await t.addUser('an', 'drafter');
    const a = await t.cookieOf('an');
    const b = await t.cookieOf('an');
    expect(a).not.toBe(b);
    const { DatabaseSync } = await import('node:sqlite');
    const db = new DatabaseSync(`${t.dataDir}/accounts.sqlite`, { readOnly: true });
    const stored = db.prepare('SELECT id_hash FROM sessions').all().map((r) => String(r.id_hash));
    db.close();
    expect(stored).toHaveLength(2);
    for (const cookie of [a, b]) expect(stored).not.toContain(cookie.slice(cookie.indexOf('=') + 1));
  });

  it('rehashes a password stored with weaker parameters at the next login', async () => {
    await t.addUser('an', 'admin');
    const user = t.server.accounts!.store.userByName('an')!;
    t.server.accounts!.store.setPasswordHash(user.id, await hashPassword(PASSWORD, { m: 8192, t: 1, p: 1 }));
    const cookie = await t.cookieOf('an');
    expect(t.server.accounts!.store.userByName('an')!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const rehash = (await audit(cookie)).find((e) => e.action === 'account.rehash');
    expect(rehash?.details).toEqual({ name: 'an', from: 'm=8192,t=1,p=1', to: 'm=19456,t=2,p=1' });
    expect((await t.login('an')).status).toBe(200); // the new hash verifies the same password
  });
});

describe('sessions', () => {
  it('end at logout: the cookie is cleared and no longer accepted', async () => {
    await t.addUser('an', 'drafter');
    const cookie = await t.cookieOf('an');
    const out = await post('/api/logout', '', { cookie });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(new RegExp(`^${t.server.sessionCookieName}=; Max-Age=0; HttpOnly; SameSite=Strict`));
    const after = await t.rpcAs(cookie, 'session.check', {});
    expect(after.status).toBe(401);
    expect(after.body.error.message).toContain('Hãy đăng nhập lại');
  });

  it('expire when idle past the limit, and after the absolute limit however busy', async () => {
    await t.addUser('an', 'drafter');
    const idle = await t.cookieOf('an');
    clock += 61_000;
    expect((await t.rpcAs(idle, 'session.check', {})).status).toBe(401);
    const busy = await t.cookieOf('an');
    for (let i = 0; i < 6; i++) {
      clock += 50_000;
      expect((await t.rpcAs(busy, 'session.check', {})).status).toBe(200);
    }
    clock += 50_000; // 350 s since login, each request within the idle limit
    expect((await t.rpcAs(busy, 'session.check', {})).status).toBe(401);
  });

  it('get a new id at the next request after a role change; the old one works only a few seconds more', async () => {
    await t.addUser('admin', 'admin');
    await t.addUser('an', 'reviewer');
    const old = await t.cookieOf('an');
    await t.callAs(await t.cookieOf('admin'), 'account.setRole', { name: 'an', workspaceId: null, role: 'drafter' });
    const rotated = await t.rpcAs(old, 'account.me', {});
    expect(rotated.status).toBe(200);
    expect(rotated.body.result.grants.global).toBe('drafter');
    const fresh = cookieFrom(rotated.setCookie);
    expect(fresh).not.toBeNull();
    expect(fresh).not.toBe(old);
    expect((await t.rpcAs(old, 'session.check', {})).setCookie).toBeNull(); // rotated once only
    clock += 6_000;
    expect((await t.rpcAs(old, 'session.check', {})).status).toBe(401);
    expect((await t.rpcAs(fresh, 'session.check', {})).status).toBe(200);
  });

  it('of a disabled account end at once, and it cannot sign in until enabled', async () => {
    await t.addUser('admin', 'admin');
    await t.addUser('an', 'drafter');
    const cookie = await t.cookieOf('an');
    const adminCookie = await t.cookieOf('admin');
    await t.callAs(adminCookie, 'account.setDisabled', { name: 'an', disabled: true });
    expect((await t.rpcAs(cookie, 'session.check', {})).status).toBe(401);
    const refused = await t.login('an');
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('đã bị khoá');
    await t.callAs(adminCookie, 'account.setDisabled', { name: 'an', disabled: false });
    expect((await t.login('an')).status).toBe(200);
    const actions = (await audit(adminCookie)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['account.disable', 'account.enable', 'account.create']));
  });

  it('of an account whose password an admin reset end; the new password signs in, the old does not', async () => {
    await t.addUser('admin', 'admin');
    await t.addUser('an', 'drafter');
    const cookie = await t.cookieOf('an');
    const adminCookie = await t.cookieOf('admin');
    await t.callAs(adminCookie, 'account.resetPassword', { name: 'an', password: 'mật khẩu mới hẳn' });
    expect((await t.rpcAs(cookie, 'session.check', {})).status).toBe(401);
    expect((await t.login('an')).status).toBe(401);
    expect((await t.login('an', 'mật khẩu mới hẳn')).status).toBe(200);
    expect((await audit(adminCookie)).some((e) => e.action === 'account.password_reset' && e.actor === 'admin')).toBe(true);
  });

  it('survive a flood of cookies: 180 bogus session cookies beside the real one still let it in', async () => {
    await t.addUser('an', 'drafter');
    const cookie = await t.cookieOf('an');
    const bogus = Array.from({ length: 180 }, (_, i) => `${t.server.sessionCookieName}=${'x'.repeat(40)}${String(i).padStart(3, '0')}`).join('; ');
    expect((await t.rpcAs(`${cookie}; ${bogus}`, 'session.check', {})).status).toBe(200);
    expect((await t.rpcAs(bogus, 'session.check', {})).status).toBe(401);
    expect((await t.rpcAs(`${t.server.sessionCookieName}=%zz`, 'session.check', {})).status).toBe(400);
  });

  it('refuse to take away the last server admin', async () => {
    await t.addUser('admin', 'admin');
    const cookie = await t.cookieOf('admin');
    const demote = await t.rpcAs(cookie, 'account.setRole', { name: 'admin', workspaceId: null, role: 'drafter' });
    expect(demote.status).toBe(409);
    expect((await t.rpcAs(cookie, 'account.setDisabled', { name: 'admin', disabled: true })).status).toBe(409);
  });
});

describe('the one-time setup code', () => {
  it('creates the first admin once, signs them in, and is then gone', async () => {
    const code = t.server.accounts!.setupCode!;
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(await (await fetch(`${t.server.url}/api/team`)).json()).toEqual({ mode: 'team', setupNeeded: true });
    const wrong = await post('/api/setup', JSON.stringify({ code: 'AAAA-BBBB-CCCC', name: 'admin', displayName: 'Quản trị', password: PASSWORD }));
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.code).toBe('setup_code_invalid');
    const made = await post('/api/setup', JSON.stringify({ code: code.toLowerCase(), name: 'admin', displayName: 'Quản trị', password: PASSWORD }));
    expect(made.status).toBe(200);
    expect(made.body.role).toBe('admin');
    const cookie = cookieFrom(made.headers.get('set-cookie'))!;
    expect((await t.callAs(cookie, 'account.list', {})).accounts).toHaveLength(1);
    const again = await post('/api/setup', JSON.stringify({ code, name: 'admin2', displayName: 'Quản trị 2', password: PASSWORD }));
    expect(again.status).toBe(403);
    expect(again.body.error.message).toContain('đã có người quản trị');
    expect(t.server.accounts!.setupCode).toBeNull();
    expect(await (await fetch(`${t.server.url}/api/team`)).json()).toEqual({ mode: 'team', setupNeeded: false });
  });
});
