import { app, Menu, shell, type MenuItemConstructorOptions } from 'electron';
import { MENU_LABELS, menuLanguage } from './menuLabels.ts';

export interface MenuActions {
  openWorkspaceFile(): void;
  connectTeam(): void;
  disconnectTeam(): void;
}

/** The application menu, in Vietnamese (English on a system in English: menuLabels.ts). */
export function installMenu(dataDir: string, actions: MenuActions): void {
  const l = MENU_LABELS[menuLanguage(app.getLocale())];
  const template: MenuItemConstructorOptions[] = [
    {
      label: l.file,
      submenu: [
        { label: l.openWorkspaceFile, accelerator: 'CmdOrCtrl+O', click: () => actions.openWorkspaceFile() },
        { label: l.openDataFolder, click: () => void shell.openPath(dataDir) },
        { type: 'separator' },
        { label: l.connectTeam, click: () => actions.connectTeam() },
        { label: l.disconnectTeam, click: () => actions.disconnectTeam() },
        { type: 'separator' },
        { label: l.quit, role: 'quit', accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: l.edit,
      submenu: [
        { label: l.undo, role: 'undo' },
        { label: l.redo, role: 'redo' },
        { type: 'separator' },
        { label: l.cut, role: 'cut' },
        { label: l.copy, role: 'copy' },
        { label: l.paste, role: 'paste' },
        { label: l.selectAll, role: 'selectAll' },
      ],
    },
    {
      label: l.view,
      submenu: [
        { label: l.reload, role: 'reload' },
        { type: 'separator' },
        { label: l.resetZoom, role: 'resetZoom' },
        { label: l.zoomIn, role: 'zoomIn' },
        { label: l.zoomOut, role: 'zoomOut' },
        { type: 'separator' },
        { label: l.fullScreen, role: 'togglefullscreen' },
      ],
    },
    {
      label: l.help,
      submenu: [{ label: `Văn Kiện Studio ${app.getVersion()}`, enabled: false }],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
