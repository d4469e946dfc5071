import { EXPORT_HELP, exportCommand } from './exportCommand.ts';
import { IMPORT_HELP, importCommand } from './importCommand.ts';
import { COMPARE_HELP, compareCommand } from './compareCommand.ts';
import { DRAFT_HELP, draftCommand } from './draftCommand.ts';
import { fail } from './output.ts';
import { OUTLINE_HELP, outlineCommand } from './outlineCommand.ts';
import { SERVE_HELP, serveCommand } from './serveCommand.ts';
import { WORKSPACE_HELP, workspaceCommand } from './workspaceCommand.ts';

const COMMANDS: Record<string, { run: (args: string[]) => Promise<void>; help: string }> = {
  serve: { run: serveCommand, help: SERVE_HELP },
  workspace: { run: workspaceCommand, help: WORKSPACE_HELP },
  compare: { run: compareCommand, help: COMPARE_HELP },
  draft: { run: draftCommand, help: DRAFT_HELP },
  outline: { run: outlineCommand, help: OUTLINE_HELP },
  import: { run: importCommand, help: IMPORT_HELP },
  export: { run: exportCommand, help: EXPORT_HELP },
};

const HELP = `Văn Kiện Studio — dòng lệnh

${Object.values(COMMANDS)
  .map((c) => c.help)
  .join('\n\n')}

Mọi lệnh đọc tệp chạy thẳng trên tệp, không cần máy chủ. --json in kết quả dạng JSON.`;

// `vankien outline x | head` closes our stdout early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const [name, ...args] = process.argv.slice(2);
if (!name || name === '--help' || name === '-h' || name === 'help') {
  process.stdout.write(HELP + '\n');
} else if (!COMMANDS[name]) {
  process.stderr.write(`Không có lệnh "${name}".\n\n${HELP}\n`);
  process.exitCode = 1;
} else {
  await COMMANDS[name].run(args).catch((error: unknown) => fail(args.includes('--json'), error));
}
