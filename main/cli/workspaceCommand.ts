import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Workspaces } from '../services/workspaces/Workspaces.ts';
import { print } from './output.ts';
import { defaultDataDir } from './paths.ts';

export const WORKSPACE_HELP = `vankien workspace create <tên> [--data <thư mục>] [--json]
vankien workspace list [--data <thư mục>] [--json]`;

/** `vankien workspace create|list`, straight on the files: no server needed. */
export async function workspaceCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { data: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const [action, ...rest] = positionals;
  const workspaces = new Workspaces(resolve(values.data ?? defaultDataDir()));
  const json = values.json ?? false;
  try {
    if (action === 'create') {
      const name = rest.join(' ').trim();
      if (!name) throw new Error('Thiếu tên không gian làm việc: vankien workspace create <tên>');
      const workspace = workspaces.create(name);
      print(json, { workspace, path: workspaces.pathOf(workspace.id) }, () => `Đã tạo "${workspace.name}": ${workspaces.pathOf(workspace.id)}`);
    } else if (action === 'list') {
      const list = workspaces.list();
      const unreadable = [...workspaces.unreadable].map(([id, e]) => ({ id, ...e.toPayload() }));
      print(json, { workspaces: list, unreadable }, () =>
        [...list.map((w) => `${w.id}\t${w.name}\t${w.documentCount} văn kiện`), ...unreadable.map((u) => `${u.id}\t(không mở được: ${u.message})`)].join('\n') ||
        'Chưa có không gian làm việc nào.',
      );
    } else throw new Error(`Không rõ lệnh "workspace ${action ?? ''}".\n${WORKSPACE_HELP}`);
  } finally {
    workspaces.closeAll();
  }
}
