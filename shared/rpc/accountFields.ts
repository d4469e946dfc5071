import { z } from 'zod';
import { lineText } from './textFields.ts';
import { toNFC } from '../text/normalize.ts';
import { ROLES } from '../accounts/roles.ts';

/** A user name as typed at login: letters (any script), digits, ".", "_", "-"; 1–64 characters, NFC. */
export const USER_NAME_PATTERN = /^[\p{L}\p{M}\p{N}._-]{1,64}$/u;

export const userName = z
  .string({ error: (issue) => (issue.input === undefined ? 'Thiếu tên đăng nhập.' : 'Tên đăng nhập phải là chữ.') })
  .transform((text) => toNFC(text).trim())
  .pipe(z.string().regex(USER_NAME_PATTERN, 'Tên đăng nhập chỉ gồm chữ, số và các dấu . _ - (không dấu cách), dài 1–64 ký tự.'));

export const displayName = lineText('Tên hiển thị', 100);
export const initials = lineText('Chữ viết tắt', 3);

/** A new password: 8–1024 characters (longer would only make hashing slower). Never trimmed or normalised. */
export const newPassword = z
  .string({ error: 'Mật khẩu phải là chữ.' })
  .min(8, 'Mật khẩu cần ít nhất 8 ký tự.')
  .max(1024, 'Mật khẩu dài quá 1024 ký tự.');

export const role = z.enum(ROLES, { error: `Vai trò phải là một trong: ${ROLES.join(', ')}.` });

/** The initials of a display name: the first letters of its first and last words, upper case ("Nguyễn Văn An" → "NA"). */
export function initialsOf(name: string): string {
  const words = toNFC(name).trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return '?';
  const first = [...words[0]][0];
  const last = words.length > 1 ? [...words[words.length - 1]][0] : '';
  return (first + last).toLocaleUpperCase('vi');
}
