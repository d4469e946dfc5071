/**
 * `npm run bench -- accounts`: what a team server's accounts cost. A password hash (argon2id,
 * OWASP's m=19 MiB, t=2, p=1) and a login over HTTP; an RPC call with a session cookie (one
 * session lookup and one roles lookup in SQLite) beside the same call with the local access key.
 */
import { hashPassword, verifyPassword } from '../../main/services/accounts/passwords.ts';
import { startWorkspaceServer } from '../../main/server/WorkspaceServer.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { time } from './stats.ts';

const PASSWORD = 'mật khẩu đủ dài để đo';

async function rpc(url: string, headers: Record<string, string>): Promise<void> {
  const response = await fetch(`${url}/api/rpc/session.check`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });
  if (!response.ok) throw new Error(`session.check → ${response.status}`);
  await response.arrayBuffer();
}

export async function run(): Promise<Record<string, unknown>> {
  const phc = await hashPassword(PASSWORD);
  const hash = await time(() => hashPassword(PASSWORD), 10, 2);
  const verify = await time(() => verifyPassword(PASSWORD, phc), 10, 2);

  const teamDir = tempDir('vankien-bench-team-');
  const localDir = tempDir('vankien-bench-local-');
  const team = await startWorkspaceServer({ dataDir: teamDir.path, port: 0, team: {} });
  const local = await startWorkspaceServer({ dataDir: localDir.path, port: 0 });
  try {
    await team.accounts!.create('bench', { name: 'an', password: PASSWORD, role: 'drafter', workspaceId: null });
    const login = () =>
      fetch(`${team.url}/api/login`, { method: 'POST', body: JSON.stringify({ name: 'an', password: PASSWORD }) }).then((r) => {
        if (!r.ok) throw new Error(`login → ${r.status}`);
        return r.headers.get('set-cookie')!.split(';')[0];
      });
    const loginTiming = await time(login, 10, 2);
    const cookie = await login();
    const withSession = await time(() => rpc(team.url, { cookie }), 500, 50);
    const withKey = await time(() => rpc(local.url, { authorization: `Bearer ${local.secret}` }), 500, 50);
    return {
      passwordHashMs: hash,
      passwordVerifyMs: verify,
      loginOverHttpMs: loginTiming,
      rpcWithSessionCookieMs: withSession,
      rpcWithLocalKeyMs: withKey,
    };
  } finally {
    await team.close();
    await local.close();
    teamDir.remove();
    localDir.remove();
  }
}
