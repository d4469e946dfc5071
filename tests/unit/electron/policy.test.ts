import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { navigationAllowed, pdfFileName, secureWebPreferences, senderAllowed } from '../../../main/electron/policy.ts';
import { MENU_LABELS, menuLanguage } from '../../../main/electron/menuLabels.ts';

const SERVER = 'http://127.0.0.1:53124';

describe('desktop security policy', () => {
  it('gives windows isolated, sandboxed, node-free web preferences', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it.each([
    [`${SERVER}/#/w/x`, true],
    [`${SERVER}/?k=1`, true],
    ['http://127.0.0.1:9999/', false],
    ['https://example.com/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('navigation to %s allowed: %s', (url, allowed) => {
    expect(navigationAllowed(url, SERVER)).toBe(allowed);
  });

  it.each([
    [`${SERVER}/`, true],
    ['http://localhost:53124/', false],
    [undefined, false],
    ['devtools://devtools/bundled/x.html', false],
  ])('IPC from frame %s accepted: %s', (frame, ok) => {
    expect(senderAllowed(frame, SERVER)).toBe(ok);
  });

  it('makes safe PDF file names from Vietnamese titles', () => {
    expect(pdfFileName('Báo cáo chính trị / Dự thảo lần 3')).toBe('Báo cáo chính trị Dự thảo lần 3.pdf');
    expect(pdfFileName('../../etc')).not.toContain('/');
    expect(pdfFileName('')).toBe('van-kien.pdf');
  });

  it('packages with RunAsNode off and asar integrity on', () => {
    const config = readFileSync(new URL('../../../electron-builder.yml', import.meta.url), 'utf8');
    expect(config).toMatch(/runAsNode: false/);
    expect(config).toMatch(/enableEmbeddedAsarIntegrityValidation: true/);
    expect(config).toMatch(/target: \[AppImage, deb\]/);
    expect(config).toMatch(/target: \[nsis\]/);
  });

  it('uses electron only inside main/electron and routes every preload call through the bridge type', () => {
    const preload = readFileSync(new URL('../../../main/electron/preload.ts', import.meta.url), 'utf8');
    expect(preload).toMatch(/satisfies VankienBridge/);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\)/);
  });
});

describe('the menu’s language', () => {
  it.each([['vi', 'vi'], ['vi-VN', 'vi'], ['en', 'en'], ['en-US', 'en'], ['en-GB', 'en'], ['fr', 'vi'], ['', 'vi'], ['enx', 'vi']] as const)('is %j → %s', (locale, language) => {
    expect(menuLanguage(locale)).toBe(language);
  });

  it('has every label in both languages, none empty', () => {
    expect(Object.keys(MENU_LABELS.en).sort()).toEqual(Object.keys(MENU_LABELS.vi).sort());
    for (const labels of Object.values(MENU_LABELS)) for (const label of Object.values(labels)) expect(label.trim()).not.toBe('');
  });
});
