/**
 * The `vankien` command line: finds the command and runs it. Loads only the help texts and the
 * command table; each command's code is imported when it runs (commands.ts).
 */
import { AppError } from '../../shared/errors.ts';
import { appVersion } from './appVersion.ts';
import { COMMANDS } from './commands.ts';
import { fail, print } from './output.ts';
import { writeStdout } from './writeStdout.ts';

const HELP = `Văn Kiện Studio — dòng lệnh

${Object.values(COMMANDS)
  .map((c) => c.help)
  .join('\n\n')}

vankien <lệnh> --help   cách dùng một lệnh
vankien --version       phiên bản

Mọi lệnh đọc tệp chạy thẳng trên tệp, không cần máy chủ. --json in kết quả dạng JSON.`;

const [name, ...args] = process.argv.slice(2);
const json = args.includes('--json');
const asksHelp = (list: string[]) => list.includes('--help') || list.includes('-h');
if (name === undefined || name === 'help' || asksHelp([name])) {
  const command = name === 'help' && args[0] !== undefined ? COMMANDS[args[0]] : undefined;
  writeStdout(`${command?.help ?? HELP}\n`);
} else if (name === '--version' || name === '-v') {
  const version = appVersion();
  // Running from the TypeScript sources (no bundle, or one older than the sources) is slower; say so.
  const fromSources = import.meta.url.endsWith('.ts');
  print(json, { version, fromSources }, () => `vankien ${version}${fromSources ? ' (chạy từ mã nguồn TypeScript; "npm run build:cli" để khởi động nhanh)' : ''}`);
} else if (!Object.hasOwn(COMMANDS, name)) {
  fail(json, new AppError('bad_request', `Không có lệnh "${name}". Các lệnh: ${Object.keys(COMMANDS).join(', ')}; xem vankien --help.`));
} else if (asksHelp(args)) {
  writeStdout(`${COMMANDS[name].help}\n`);
} else {
  await COMMANDS[name].run(args).catch((error: unknown) => fail(json, error));
}
