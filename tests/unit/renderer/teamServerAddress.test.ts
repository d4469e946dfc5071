import { describe, expect, it } from 'vitest';
import { desktopTeamServerUrl } from '../../../main/services/teamConnect/desktopTeamServerUrl.ts';
import { checkTeamServerAddress, fingerprintGroups } from '../../../renderer/teamConnect/teamServerAddress.ts';

const CASES = [
  ['https://may-chu.vanphong.vn:4600', { ok: true, origin: 'https://may-chu.vanphong.vn:4600' }],
  ['  may-chu:4600/#/w/x  ', { ok: true, origin: 'https://may-chu:4600' }],
  ['192.168.1.20:4600', { ok: true, origin: 'https://192.168.1.20:4600' }],
  ['http://127.0.0.1:4600', { ok: true, origin: 'http://127.0.0.1:4600' }],
  ['http://localhost:4600/', { ok: true, origin: 'http://localhost:4600' }],
  ['http://[::1]:4600', { ok: true, origin: 'http://[::1]:4600' }],
  ['HTTPS://MAY-CHU', { ok: true, origin: 'https://may-chu' }],
  ['', { ok: false, problem: 'empty' }],
  ['   ', { ok: false, problem: 'empty' }],
  ['https://', { ok: false, problem: 'malformed' }],
  ['máy chủ có dấu cách', { ok: false, problem: 'malformed' }],
  ['ftp://may-chu', { ok: false, problem: 'scheme' }],
  ['file:///etc/passwd', { ok: false, problem: 'scheme' }],
  ['https://an:mat-khau@may-chu', { ok: false, problem: 'credentials' }],
  ['http://192.168.1.20:4600', { ok: false, problem: 'insecure', host: '192.168.1.20:4600' }],
  ['http://may-chu', { ok: false, problem: 'insecure', host: 'may-chu' }],
] as const;

describe('the address typed in "Kết nối máy chủ nhóm…"', () => {
  it.each(CASES)('%j → %j', (typed, expected) => {
    expect(checkTeamServerAddress(typed)).toEqual(expected);
  });

  it.each(CASES.filter(([typed]) => typed.trim() !== '' && typed !== 'file:///etc/passwd'))('is judged as the desktop judges it: %j', (typed, expected) => {
    // The dialog's rule and desktopTeamServerUrl's must agree, or the dialog would pass what the desktop refuses.
    let desktop: string | null;
    try {
      desktop = desktopTeamServerUrl(typed).origin;
    } catch {
      desktop = null;
    }
    expect(desktop).toBe(expected.ok ? expected.origin : null);
  });

  it('groups a SHA-256 fingerprint in 8 groups of 4 bytes', () => {
    const fingerprint = Array.from({ length: 32 }, (_, i) => i.toString(16).toUpperCase().padStart(2, '0')).join(':');
    const groups = fingerprintGroups(fingerprint);
    expect(groups).toHaveLength(8);
    expect(groups[0]).toBe('00:01:02:03');
    expect(groups[7]).toBe('1C:1D:1E:1F');
    expect(groups.join(':')).toBe(fingerprint);
  });
});
