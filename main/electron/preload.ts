/**
 * The preload: a sandboxed script that exposes `window.vankien` and nothing else. The
 * renderer never sees ipcRenderer. Its shape is checked against shared/bridge.ts.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { TeamBridge, VankienBridge } from '../../shared/bridge.ts';
import { TEAM_CHANNELS, TEAM_LEFT, TEAM_OPEN_DIALOG } from '../../shared/teamConnect/teamChannels.ts';
import type { TeamLeft } from '../../shared/teamConnect/teamProbe.ts';

// null on a team server's page (main/electron/ipc.ts): that page gets no bridge at all.
const config = ipcRenderer.sendSync('vankien:config') as { serverUrl: string; secret: string } | null;

let openRequested = false;
let onOpen: (() => void) | null = null;
ipcRenderer.on(TEAM_OPEN_DIALOG, () => (onOpen ? onOpen() : (openRequested = true)));
let leftBefore: TeamLeft | null = null;
let onLeft: ((left: TeamLeft) => void) | null = null;
ipcRenderer.on(TEAM_LEFT, (_event, left: TeamLeft) => (onLeft ? onLeft(left) : (leftBefore = left)));

const team = {
  probe: (url) => ipcRenderer.invoke(TEAM_CHANNELS.probe, { url }),
  trust: (url, fingerprint256) => ipcRenderer.invoke(TEAM_CHANNELS.trust, { url, fingerprint256 }),
  signIn: (url, name, password) => ipcRenderer.invoke(TEAM_CHANNELS.signIn, { url, name, password }),
  disconnect: () => ipcRenderer.invoke(TEAM_CHANNELS.disconnect, {}),
  pinned: () => ipcRenderer.invoke(TEAM_CHANNELS.pinned, {}),
  forget: (url) => ipcRenderer.invoke(TEAM_CHANNELS.forget, { url }),
  onOpenRequested(listener) {
    onOpen = listener;
    if (openRequested) (openRequested = false), listener();
  },
  onLeft(listener) {
    onLeft = listener;
    if (leftBefore) listener(leftBefore), (leftBefore = null);
  },
} satisfies TeamBridge;

if (config) {
  const bridge = {
    serverUrl: config.serverUrl,
    secret: config.secret,
    platform: process.platform,
    printToPdf: (suggestedName: string) => ipcRenderer.invoke('vankien:print-to-pdf', suggestedName) as Promise<string | null>,
    team,
  } satisfies VankienBridge;
  contextBridge.exposeInMainWorld('vankien', bridge);
}
