import { argon2, randomBytes, timingSafeEqual } from 'node:crypto';

/** Argon2id's cost: memory in KiB, passes, lanes. */
export interface PasswordParams {
  m: number;
  t: number;
  p: number;
}

/** OWASP's argon2id: 19 MiB, 2 passes, 1 lane (34–40 ms here, `npm run bench -- accounts`). Raising one makes old hashes rehash at their next login. */
export const PASSWORD_PARAMS: PasswordParams = { m: 19456, t: 2, p: 1 };

const SALT_BYTES = 16;
const TAG_BYTES = 32;
/** A password longer than this is refused before it is hashed (hashing cost grows with it). */
export const MAX_PASSWORD_CHARS = 1024;
export const MIN_PASSWORD_CHARS = 8;

/** A password in the PHC string format: `$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>` (base64 without padding). */
export async function hashPassword(password: string, params: PasswordParams = PASSWORD_PARAMS): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const tag = await derive(password, salt, params);
  return `$argon2id$v=19$m=${params.m},t=${params.t},p=${params.p}$${b64(salt)}$${b64(tag)}`;
}

/** Whether `password` is the one `phc` was made from; false for a string that is not ours to read. */
export async function verifyPassword(password: string, phc: string): Promise<boolean> {
  const parsed = parsePhc(phc);
  if (!parsed) return false;
  const tag = await derive(password, parsed.salt, parsed.params);
  return tag.length === parsed.tag.length && timingSafeEqual(tag, parsed.tag);
}

/** True when `phc` was made with less than `params` asks in any of memory, passes or lanes, or cannot be read. */
export function needsRehash(phc: string, params: PasswordParams = PASSWORD_PARAMS): boolean {
  const parsed = parsePhc(phc);
  return !parsed || parsed.params.m < params.m || parsed.params.t < params.t || parsed.params.p < params.p;
}

/** The parameters of a PHC string, e.g. "m=19456,t=2,p=1" (for the audit of a rehash). */
export function phcParams(phc: string): string {
  const parsed = parsePhc(phc);
  return parsed ? `m=${parsed.params.m},t=${parsed.params.t},p=${parsed.params.p}` : 'không đọc được';
}

const PHC = /^\$argon2id\$v=19\$m=(\d{1,8}),t=(\d{1,3}),p=(\d{1,3})\$([A-Za-z0-9+/]{16,})\$([A-Za-z0-9+/]{16,})$/;

function parsePhc(phc: string): { params: PasswordParams; salt: Buffer; tag: Buffer } | null {
  const match = PHC.exec(phc);
  if (!match) return null;
  const params = { m: Number(match[1]), t: Number(match[2]), p: Number(match[3]) };
  if (params.t < 1 || params.p < 1 || params.m < 8 * params.p) return null;
  return { params, salt: Buffer.from(match[4], 'base64'), tag: Buffer.from(match[5], 'base64') };
}

function derive(password: string, salt: Buffer, params: PasswordParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    argon2('argon2id', { message: password, nonce: salt, parallelism: params.p, tagLength: TAG_BYTES, memory: params.m, passes: params.t }, (error, tag) =>
      error ? reject(error) : resolve(tag),
    );
  });
}

const b64 = (bytes: Buffer) => bytes.toString('base64').replace(/=+$/, '');
