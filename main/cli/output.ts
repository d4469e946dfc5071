import { isAppError } from '../../shared/errors.ts';
import { cutText, redact } from '../log/formatLogLine.ts';
import { writeStdout } from './writeStdout.ts';

/** Prints a result: JSON for scripts with --json, else the human text. */
export function print(json: boolean, value: unknown, human: () => string): void {
  writeStdout((json ? JSON.stringify(value, null, 2) : human()) + '\n');
}

/**
 * Reports an error and sets a failing exit code: `{error:{code,message,detail?}}` with --json;
 * in text, the sentence, then the system's own detail on a line of its own.
 */
export function fail(json: boolean, error: unknown): void {
  const payload = isAppError(error)
    ? error.toPayload()
    : { code: 'internal', message: cutText(redact(`Lỗi không mong đợi: ${(error as Error)?.message ?? String(error)}`)) };
  if (json) writeStdout(JSON.stringify({ error: payload }, null, 2) + '\n');
  else process.stderr.write(`Lỗi (${payload.code}): ${payload.message}\n${'detail' in payload && payload.detail ? `Chi tiết: ${payload.detail}\n` : ''}`);
  process.exitCode = isAppError(error) ? 2 : 1;
}
