import { AppError } from '../../../shared/errors.ts';
import { teamServerUrl } from './probeTeamServer.ts';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether `hostname` (as URL spells it) is this machine. */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/**
 * The address the desktop connects to: `teamServerUrl`'s origin, and https:// unless the
 * server is on this machine. The password and the session cookie go to this origin, so plain
 * http is accepted only where nothing crosses a network.
 */
export function desktopTeamServerUrl(typed: string): URL {
  const url = teamServerUrl(typed);
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new AppError('bad_request', `Máy chủ nhóm ${url.host} phải dùng https://: qua http:// mật khẩu và cookie phiên đi qua mạng không mã hoá. Hãy nhập https://${url.host}.`);
  }
  return url;
}
