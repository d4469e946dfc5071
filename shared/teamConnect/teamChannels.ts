/** The IPC channels of "Kết nối máy chủ nhóm…": the preload invokes them, main/electron registers them. */
export const TEAM_CHANNELS = {
  probe: 'vankien:team-probe',
  trust: 'vankien:team-trust',
  signIn: 'vankien:team-sign-in',
  disconnect: 'vankien:team-disconnect',
  pinned: 'vankien:team-pinned',
  forget: 'vankien:team-forget',
} as const;

/** Main → the local page: the menu asks it to open the dialog. */
export const TEAM_OPEN_DIALOG = 'vankien:team-connect-open';

/** Main → the local page, once it is shown again after "Ngắt kết nối": how leaving went (a TeamLeft). */
export const TEAM_LEFT = 'vankien:team-left';
