import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AccountStore } from '../../main/storage/AccountStore.ts';
import { startWorkspaceServer } from '../../main/server/WorkspaceServer.ts';
import { vankien, vankienWithInput } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tempDir.ts';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => (dir = tempDir()));
afterEach(() => dir.remove());
const data = () => join(dir.path, 'data');

describe('vankien user', () => {
  it('adds accounts with a password from stdin, lists, disables, enables and sets roles, each audited', () => {
    const added = vankienWithInput('mật khẩu của An\n', 'user', 'add', 'an', '--role', 'drafter', '--display-name', 'Nguyễn Văn An', '--data', data(), '--password-stdin', '--json');
    expect(added.status, added.stderr).toBe(0);
    expect(added.json.account).toMatchObject({ name: 'an', displayName: 'Nguyễn Văn An', initials: 'NA', grants: { global: 'drafter', workspaces: {} } });
    expect(added.stdout).not.toContain('mật khẩu');
    expect(vankienWithInput('mật khẩu của Bình', 'user', 'add', 'binh', '--role', 'reviewer', '--workspace', 'Dai-hoi', '--data', data(), '--password-stdin').status).toBe(0);
    expect(vankien('user', 'role', 'an', 'reviewer', '--workspace', 'Dai-hoi', '--data', data(), '--json').json.account.grants).toEqual({ global: 'drafter', workspaces: { 'Dai-hoi': 'reviewer' } });
    expect(vankien('user', 'disable', 'AN', '--data', data(), '--json').json.account.disabled).toBe(true);
    const list = vankien('user', 'list', '--data', data());
    expect(list.stdout).toContain('an\tNguyễn Văn An\tNA\tdrafter (mọi không gian), reviewer (Dai-hoi)\tđã khoá');
    expect(list.stdout).toContain('binh\tbinh\tB\treviewer (Dai-hoi)');
    expect(vankien('user', 'enable', 'an', '--data', data(), '--json').json.account.disabled).toBe(false);
    const store = AccountStore.open(data());
    try {
      const actions = store.audit.entries({ limit: 50 }).map((e) => e.action).reverse();
      expect(actions).toEqual(['account.create', 'account.create', 'account.role', 'account.disable', 'account.enable']);
      expect(store.audit.entries({ limit: 50 })[0].actor).toMatch(/^cli:/);
    } finally {
      store.close();
    }
  });

  it.each([
    ['no password flag', '', ['add', 'an', '--role', 'drafter'], 'chỉ nhận qua đầu vào chuẩn'],
    ['an empty stdin', '', ['add', 'an', '--role', 'drafter', '--password-stdin'], 'Không nhận được mật khẩu'],
    ['a short password', 'ngắn\n', ['add', 'an', '--role', 'drafter', '--password-stdin'], 'ít nhất 8 ký tự'],
    ['an unknown role', 'đủ dài rồi nhé\n', ['add', 'an', '--role', 'boss', '--password-stdin'], 'Vai trò phải là một trong'],
    ['no role', 'đủ dài rồi nhé\n', ['add', 'an', '--password-stdin'], 'Thiếu --role'],
    ['a name with a space', 'đủ dài rồi nhé\n', ['add', 'an binh', '--role', 'drafter', '--password-stdin'], 'không dấu cách'],
    ['an unknown action', '', ['rename', 'an'], 'Không rõ lệnh "user rename"'],
    ['role without a role', '', ['role', 'an'], 'Thiếu vai trò'],
    ['a bad workspace id', '', ['role', 'an', 'drafter', '--workspace', '../x'], 'Mã không gian làm việc không hợp lệ'],
  ])('refuses %s with a named usage error (exit 2)', (_what, input, args, sentence) => {
    const result = vankienWithInput(input, 'user', ...args, '--data', data(), '--json');
    expect(result.status, result.stderr).toBe(2);
    expect(result.json.error.code).toBe('bad_request');
    expect(result.json.error.message).toContain(sentence);
  });

  it('refuses a taken name (by its comparison key), and a missing user', () => {
    expect(vankienWithInput('đủ dài rồi nhé\n', 'user', 'add', 'Hoà', '--role', 'drafter', '--data', data(), '--password-stdin').status).toBe(0);
    const taken = vankienWithInput('đủ dài rồi nhé\n', 'user', 'add', 'hòa', '--role', 'drafter', '--data', data(), '--password-stdin', '--json');
    expect(taken.json.error.code).toBe('user_exists');
    expect(vankien('user', 'disable', 'nobody', '--data', data(), '--json').json.error.code).toBe('not_found');
  });

  it('refuses to change rights behind a running server, but adds and lists beside it', async () => {
    const server = await startWorkspaceServer({ dataDir: data(), port: 0, team: {} });
    try {
      expect(vankienWithInput('đủ dài rồi nhé\n', 'user', 'add', 'an', '--role', 'drafter', '--data', data(), '--password-stdin').status).toBe(0);
      expect(vankien('user', 'list', '--data', data(), '--json').json.accounts).toHaveLength(1);
      const refused = vankien('user', 'disable', 'an', '--data', data(), '--json');
      expect(refused.json.error.code).toBe('data_folder_locked');
      expect(refused.json.error.message).toContain(server.url);
      expect(server.accounts!.setupCode).toBeNull(); // the account made beside it ends the setup
      const login = await fetch(`${server.url}/api/login`, { method: 'POST', body: JSON.stringify({ name: 'an', password: 'đủ dài rồi nhé' }) });
      expect(login.status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
