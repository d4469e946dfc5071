import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import type { z } from 'zod';
import { displayName as displayNameField, newPassword, role as roleField, userName } from '../../shared/rpc/accountFields.ts';
import type { Role } from '../../shared/accounts/roles.ts';
import { AppError } from '../../shared/errors.ts';
import type { AccountSummary } from '../../shared/rpc/accountContract.ts';
import { workspaceId as workspaceIdField } from '../../shared/rpc/workspaceContract.ts';
import { Accounts } from '../services/accounts/Accounts.ts';
import { dataFolderHolder } from '../server/dataFolderHolder.ts';
import { parseInput, validationMessage } from '../server/rpc/validationMessage.ts';
import { AccountStore } from '../storage/AccountStore.ts';
import { makeDataFolder } from '../storage/dataFolder.ts';
import { USER_HELP } from './helpTexts.ts';
import { print } from './output.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';
import { defaultDataDir } from './paths.ts';
import { readPasswordLine } from './readPasswordLine.ts';

const ACTIONS = ['add', 'list', 'disable', 'enable', 'role'] as const;
type Action = (typeof ACTIONS)[number];

/** `vankien user add|list|disable|enable|role`: a team server's accounts, straight on its data folder. */
export async function userCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      role: { type: 'string' },
      workspace: { type: 'string' },
      'display-name': { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  }, USER_HELP);
  const [action, name, roleText, ...extra] = positionals;
  if (!(ACTIONS as readonly string[]).includes(action ?? '')) usage(`Không rõ lệnh "user ${action ?? ''}": hãy dùng ${ACTIONS.join(', ')}.`);
  if (extra.length > 0 || (action !== 'role' && roleText !== undefined)) usage(`Thừa đối số "${[roleText, ...extra].filter(Boolean).join(' ')}".`);
  if (action !== 'list' && name === undefined) usage(`Thiếu tên người dùng: vankien user ${action} <tên> …`);
  const dataDir = resolve(values.data ?? defaultDataDir());
  const workspaceId = values.workspace === undefined ? null : field(workspaceIdField, values.workspace);
  const json = values.json ?? false;
  if (action === 'disable' || action === 'enable' || action === 'role') refuseBehindServer(dataDir);
  const input = action === 'add' ? await addInput(values, name!) : null;
  makeDataFolder(dataDir);
  const accounts = new Accounts(AccountStore.open(dataDir));
  const actor = `cli:${userInfo().username}`;
  try {
    const account = await run(action as Action, accounts, actor, { name, roleText, workspaceId, input });
    if (account === null) {
      const list = accounts.list();
      print(json, { accounts: list }, () => list.map(describe).join('\n') || 'Chưa có tài khoản nào.');
    } else print(json, { account }, () => describe(account));
  } finally {
    accounts.store.close();
  }
}

interface Parsed {
  name: string | undefined;
  roleText: string | undefined;
  workspaceId: string | null;
  input: { name: string; displayName: string; password: string; role: Role } | null;
}

async function run(action: Action, accounts: Accounts, actor: string, parsed: Parsed): Promise<AccountSummary | null> {
  const name = parsed.name === undefined ? '' : field(userName, parsed.name);
  if (action === 'add') return accounts.create(actor, { ...parsed.input!, workspaceId: parsed.workspaceId });
  if (action === 'disable' || action === 'enable') return accounts.setDisabled(actor, name, action === 'disable');
  if (action === 'role') {
    if (parsed.roleText === undefined) usage('Thiếu vai trò: vankien user role <tên> <admin|drafter|reviewer|compiler|none>.');
    const role = parsed.roleText === 'none' ? null : field(roleField, parsed.roleText);
    return accounts.setRole(actor, name, parsed.workspaceId, role);
  }
  return null;
}

async function addInput(values: { role?: string; 'display-name'?: string; 'password-stdin'?: boolean }, name: string): Promise<NonNullable<Parsed['input']>> {
  if (values.role === undefined) usage('Thiếu --role: admin, drafter, reviewer hoặc compiler.');
  if (!values['password-stdin']) usage('Mật khẩu chỉ nhận qua đầu vào chuẩn: thêm --password-stdin và gửi mật khẩu ở dòng đầu (ví dụ: echo "…" | vankien user add …).');
  const role = field(roleField, values.role);
  const cleanName = field(userName, name);
  const displayName = values['display-name'] === undefined ? cleanName : field(displayNameField, values['display-name']);
  const password = field(newPassword, await readPasswordLine(process.stdin));
  return { name: cleanName, displayName, password, role };
}

function field<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = parseInput(schema, value);
  if (!parsed.success) throw new AppError('bad_request', validationMessage(parsed.error));
  return parsed.data;
}

function usage(problem: string): never {
  throw new AppError('bad_request', `${problem}\n${USER_HELP}`);
}

/**
 * Rights changed behind a running server would not reach the people it serves (their sockets
 * stay open with the old rights), so such changes go through its admin screen.
 */
function refuseBehindServer(dataDir: string): void {
  const holder = dataFolderHolder(dataDir);
  if (!holder) return;
  throw new AppError(
    'data_folder_locked',
    `Máy chủ Văn Kiện ${holder.url ? `tại ${holder.url}` : `(tiến trình ${holder.pid})`} đang chạy trên thư mục dữ liệu này: hãy khoá tài khoản hoặc đổi vai trò trong màn hình quản trị của nó (máy chủ áp dụng ngay cho người đang kết nối), hoặc dừng máy chủ rồi chạy lại lệnh.`,
  );
}

function describe(account: AccountSummary): string {
  const roles = [account.grants.global ? `${account.grants.global} (mọi không gian)` : null, ...Object.entries(account.grants.workspaces).map(([id, role]) => `${role} (${id})`)].filter(Boolean);
  return `${account.name}\t${account.displayName}\t${account.initials}\t${roles.join(', ') || 'chưa có vai trò'}${account.disabled ? '\tđã khoá' : ''}`;
}
