import { z } from 'zod';
import { displayName, newPassword, role, userName } from './accountFields.ts';

/**
 * The bodies of the sign-in endpoints. Strict objects: an unknown key is refused, so a body
 * meant for something else is named as such. The login's fields are only bounded (what was
 * typed is checked against the account, whatever it is); a new account's follow the rules.
 */
export const loginInput = z.strictObject({
  name: z.string({ error: (issue) => (issue.input === undefined ? 'Thiếu tên đăng nhập (name).' : 'Tên đăng nhập (name) phải là chữ.') }).min(1, 'Tên đăng nhập không được để trống.').max(64, 'Tên đăng nhập dài quá 64 ký tự.'),
  password: z.string({ error: (issue) => (issue.input === undefined ? 'Thiếu mật khẩu (password).' : 'Mật khẩu (password) phải là chữ.') }).min(1, 'Mật khẩu không được để trống.').max(1024, 'Mật khẩu dài quá 1024 ký tự.'),
});

export const setupInput = z.strictObject({
  code: z.string({ error: 'Thiếu mã thiết lập (code).' }).min(1, 'Thiếu mã thiết lập (code).').max(64, 'Mã thiết lập không đúng.'),
  name: userName,
  displayName,
  password: newPassword,
});

/** What a successful login (or setup) answers, beside the cookie. */
export const loginReply = z.object({
  user: z.object({ name: z.string(), displayName: z.string(), initials: z.string() }),
  /** The server-wide role, null when the person holds roles in some workspaces only. */
  role: role.nullable(),
  grants: z.object({ global: role.nullable(), workspaces: z.record(z.string(), role) }),
});
export type LoginReply = z.infer<typeof loginReply>;
