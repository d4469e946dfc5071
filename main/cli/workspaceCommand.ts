import { resolve } from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { Workspaces } from '../services/workspaces/Workspaces.ts';
import { WORKSPACE_HELP } from './helpTexts.ts';
import { print } from './output.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';
import { defaultDataDir } from './paths.ts';

/** `vankien workspace create|list`, straight on the files: no server needed. */
export async function workspaceCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: { data: { type: 'string' }, json: { type: 'boolean', default: false } },
  }, WORKSPACE_HELP);
  const [action, ...rest] = positionals;
  const name = rest.join(' ').trim();
  // Usage is checked before the data folder is touched.
  if (action !== 'create' && action !== 'list') throw new AppError('bad_request', `Không rõ lệnh "workspace ${action ?? ''}": hãy dùng create hoặc list.\n${WORKSPACE_HELP}`);
  if (action === 'create' && !name) throw new AppError('bad_request', `Thiếu tên không gian làm việc, ví dụ: vankien workspace create "Đại hội XX".\n${WORKSPACE_HELP}`);
  const workspaces = new Workspaces(resolve(values.data ?? defaultDataDir()));
  const json = values.json ?? false;
  try {
    if (action === 'create') {
      const workspace = workspaces.create(name);
      print(json, { workspace, path: workspaces.pathOf(workspace.id) }, () => `Đã tạo "${workspace.name}": ${workspaces.pathOf(workspace.id)}`);
    } else {
      const list = workspaces.list();
      const unreadable = [...workspaces.unreadable].map(([id, e]) => ({ id, ...e.toPayload() }));
      print(json, { workspaces: list, unreadable }, () =>
        [...list.map((w) => `${w.id}\t${w.name}\t${w.documentCount} văn kiện`), ...unreadable.map((u) => `${u.id}\t(không mở được: ${u.message})`)].join('\n') ||
        'Chưa có không gian làm việc nào.',
      );
    }
  } finally {
    workspaces.closeAll();
  }
}
