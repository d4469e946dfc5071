import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AppError } from '../../shared/errors.ts';

/**
 * `parseArgs` for a command: what it refuses (an unknown option, a missing value, a stray
 * argument) becomes a `bad_request` naming the argument in Vietnamese, followed by the command's
 * usage, with Node's own sentence as `detail`. Never an `internal` error.
 */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T, help: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!code?.startsWith('ERR_PARSE_ARGS_')) throw error;
    throw new AppError('bad_request', `${usageProblem(config)}\n${help}`, { detail: (error as Error).message });
  }
}

/** Which argument `parseArgs` refused, as a sentence: read again without `strict`, token by token. */
export function usageProblem(config: ParseArgsConfig): string {
  const options = config.options ?? {};
  const { tokens } = parseArgs({ ...config, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'positional' && !config.allowPositionals) return `Lệnh này không nhận đối số "${token.value}".`;
    if (token.kind !== 'option') continue;
    const option = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (!option) return `Không có tuỳ chọn ${token.rawName}.`;
    if (option.type === 'string' && token.value === undefined) return `Tuỳ chọn ${token.rawName} cần một giá trị (${token.rawName} <giá trị>).`;
    if (option.type === 'string' && !token.inlineValue && token.value?.startsWith('-')) {
      return `Tuỳ chọn ${token.rawName} cần một giá trị, nhưng sau nó là "${token.value}"; giá trị bắt đầu bằng "-" thì viết ${token.rawName}=${token.value}.`;
    }
    if (option.type === 'boolean' && token.value !== undefined) return `Tuỳ chọn ${token.rawName} không nhận giá trị ("${token.value}").`;
  }
  return 'Các đối số của lệnh không đúng cách dùng.';
}
