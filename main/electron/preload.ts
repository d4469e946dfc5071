/**
 * The preload: a sandboxed script that exposes `window.vankien` and nothing else. The
 * renderer never sees ipcRenderer. Its shape is checked against shared/bridge.ts.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { VankienBridge } from '../../shared/bridge.ts';

const config = ipcRenderer.sendSync('vankien:config') as { serverUrl: string; secret: string };

const bridge = {
  serverUrl: config.serverUrl,
  secret: config.secret,
  platform: process.platform,
  printToPdf: (suggestedName: string) => ipcRenderer.invoke('vankien:print-to-pdf', suggestedName) as Promise<string | null>,
} satisfies VankienBridge;

contextBridge.exposeInMainWorld('vankien', bridge);
