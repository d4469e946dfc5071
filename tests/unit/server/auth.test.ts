import { describe, expect, it } from 'vitest';
import { authorize, cookieValues } from '../../../main/server/auth.ts';

const KEY = 'k3y-0f_the-server';
const ORIGINS = ['http://127.0.0.1:4600', 'http://localhost:4600'];
const NAME = 'vk_session_0123456789ab';

describe('authorize', () => {
  it.each([
    ['the Bearer key', { authorization: `Bearer ${KEY}` }, 'ok'],
    ['the session cookie', { cookie: `${NAME}=${KEY}` }, 'ok'],
    ['the cookie among others', { cookie: `theme=dark; ${NAME}=${encodeURIComponent(KEY)}; x=1` }, 'ok'],
    ['the cookie and the own origin', { cookie: `${NAME}=${KEY}`, origin: 'http://localhost:4600' }, 'ok'],
    ['the key under the old shared name, which another server on this host may have set', { cookie: `vk_session=${KEY}` }, 'unauthorized'],
    ['the key under another server’s name', { cookie: `vk_session_ba9876543210=${KEY}` }, 'unauthorized'],
    ['a planted malformed cookie beside the right one', { cookie: `${NAME}=%; ${NAME}=${KEY}` }, 'ok'],
    ['nothing', {}, 'unauthorized'],
    ['a wrong key', { authorization: 'Bearer nope' }, 'unauthorized'],
    ['a key one character short', { authorization: `Bearer ${KEY.slice(1)}` }, 'unauthorized'],
    ['another scheme', { authorization: `Basic ${KEY}` }, 'unauthorized'],
    ['an empty cookie', { cookie: `${NAME}=` }, 'unauthorized'],
    ['a cookie with the key as its name', { cookie: `${KEY}=${NAME}` }, 'unauthorized'],
    ['a lone percent cookie', { cookie: `${NAME}=%` }, 'malformed_cookie'],
    ['a truncated escape', { cookie: `${NAME}=%E0%A4%A` }, 'malformed_cookie'],
    ['a malformed cookie and a wrong key', { cookie: `${NAME}=%zz`, authorization: 'Bearer nope' }, 'malformed_cookie'],
    ['the key from a foreign origin', { authorization: `Bearer ${KEY}`, origin: 'http://evil.example' }, 'foreign_origin'],
    ['the key from the origin "null"', { cookie: `${NAME}=${KEY}`, origin: 'null' }, 'foreign_origin'],
    ['the key from another port', { cookie: `${NAME}=${KEY}`, origin: 'http://127.0.0.1:4601' }, 'foreign_origin'],
  ])('answers a request with %s: %s', (_label, headers, verdict) => {
    expect(authorize(headers, KEY, ORIGINS, NAME)).toBe(verdict);
  });
});

describe('cookieValues', () => {
  it('returns every cookie of the name, decoded, and never throws', () => {
    expect(cookieValues('a=1; vk_session=x%20y; vk_session=%; vk_session=z', 'vk_session')).toEqual({ values: ['x y', 'z'], malformed: true });
    expect(cookieValues(undefined, 'vk_session')).toEqual({ values: [], malformed: false });
    expect(cookieValues(';;=;vk_session', 'vk_session')).toEqual({ values: [], malformed: false });
  });
});
