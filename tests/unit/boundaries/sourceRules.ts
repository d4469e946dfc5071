/**
 * Rules on what a source line may say, as pure functions of its text (STYLE.md 13 and 22):
 * a close code number is written only in shared/rpc/closeCodes.ts, and an error is told apart
 * by its code, never by its message text.
 */

const CLOSE_CODES_FILE = 'shared/rpc/closeCodes.ts';

/** Closing with a literal number, comparing a code with one, or defining `{ code: 4xxx }`. */
const CLOSE_CODE_NUMBER = [/\.close\(\s*\d/, /\bcode\s*[!=]==?\s*\d/, /\d\s*[!=]==?\s*[\w.]*\bcode\b/, /\bcode:\s*\d{4}\b/];

/** Comparing a message, or searching it, or testing a pattern on it. */
const MESSAGE_MATCH = [
  /\.message\s*[!=]==?/,
  /[!=]==?\s*[\w.?]*\.message\b/,
  /\.message\??\.(includes|startsWith|endsWith|match|matchAll|search|indexOf)\(/,
  /\.(test|exec)\([^)]*\.message\b/,
];

/**
 * Lines that read a message's text on purpose, each with why. The contract's own validation
 * sentences end with a full stop and zod's do not: the ending decides only whether the field's
 * path is added, never what happened.
 */
const READS_MESSAGE_TEXT: { file: string; line: string }[] = [{ file: 'main/server/rpc/validationMessage.ts', line: "if (issue.message.endsWith('.')) return issue.message;" }];

export function closeCodeViolation(file: string, line: string): string | null {
  if (file === CLOSE_CODES_FILE) return null;
  return CLOSE_CODE_NUMBER.some((pattern) => pattern.test(line)) ? `${file} writes a close code number (use CLOSE from ${CLOSE_CODES_FILE}): ${line.trim()}` : null;
}

export function messageMatchViolation(file: string, line: string): string | null {
  if (READS_MESSAGE_TEXT.some((allowed) => allowed.file === file && line.trim() === allowed.line)) return null;
  return MESSAGE_MATCH.some((pattern) => pattern.test(line)) ? `${file} tells an error by its message (match its code): ${line.trim()}` : null;
}
