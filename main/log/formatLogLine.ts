/**
 * One log entry as the line written: `<ISO time> <LEVEL> [<scope>] <text>`. What stays true of
 * every entry, whatever it was given:
 * - it is at most MAX_LOG_CHARS characters of text, then "…(cắt N ký tự)" saying how much was cut;
 * - it never holds a secret: the values registered as secrets, `k=`/`key=`/`token=` query
 *   values, `vk_session…` cookies and `Bearer` credentials are replaced by "[đã ẩn]";
 * - it is one entry: control and bidi characters are escaped, and the lines of a multi-line text
 *   (a stack trace) are indented, so nothing in the text can pose as an entry of its own.
 */
import { formatWithOptions } from 'node:util';

export const MAX_LOG_CHARS = 2_000;
export const HIDDEN = '[đã ẩn]';

export type LogLevel = 'error' | 'warn' | 'info';

const CREDENTIALS: [RegExp, string][] = [
  [/([?&;](?:k|key|token|secret|access_token)=)[^&\s#"'<>]*/giu, `$1${HIDDEN}`],
  [/(vk_session(?:_[0-9a-f]*)?=)[^;\s"',}]*/giu, `$1${HIDDEN}`],
  [/(Bearer\s+)[^\s"',}]+/giu, `$1${HIDDEN}`],
];

// C0 and C1 controls but tab and newline, and the bidi embeddings, overrides and isolates.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/** The text of `parts` as console.log would print it, with objects shallow and on one line each. */
function textOf(parts: readonly unknown[]): string {
  return formatWithOptions({ depth: 3, colors: false, breakLength: Infinity, maxArrayLength: 20, maxStringLength: MAX_LOG_CHARS }, ...parts);
}

/** `text` without secrets: each registered secret (raw and percent-encoded), then known credential shapes. */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 8) continue; // too short to be a real secret, and would hide ordinary words
    for (const form of new Set([secret, encodeURIComponent(secret)])) out = out.split(form).join(HIDDEN);
  }
  for (const [pattern, replacement] of CREDENTIALS) out = out.replace(pattern, replacement);
  return out;
}

/** `text` cut to `max` characters (never inside a surrogate pair), saying how many were cut (`more` besides). */
export function cutText(text: string, max = MAX_LOG_CHARS, more = 0): string {
  if (text.length <= max && more === 0) return text;
  let end = Math.min(max, text.length);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…(cắt ${text.length - end + more} ký tự)`;
}

export function formatLogLine(level: LogLevel, scope: string, parts: readonly unknown[], secrets: readonly string[] = [], now = new Date()): string {
  const raw = textOf(parts);
  // Only the head is worked on; it is long enough that no secret can straddle what is kept.
  const head = raw.slice(0, 2 * MAX_LOG_CHARS);
  const safe = redact(head, secrets).replace(UNSAFE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
  const text = cutText(safe, MAX_LOG_CHARS, raw.length - head.length).replace(/\r?\n/gu, '\n    ');
  return `${now.toISOString()} ${level.toUpperCase()} [${scope}] ${text}`;
}
