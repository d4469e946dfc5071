import { app, Menu, shell, type MenuItemConstructorOptions } from 'electron';

/** The Vietnamese application menu. */
export function installMenu(dataDir: string, actions: { openWorkspaceFile(): void; connectTeam(): void; disconnectTeam(): void }): void {
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Tệp',
      submenu: [
        { label: 'Mở tệp không gian làm việc…', accelerator: 'CmdOrCtrl+O', click: () => actions.openWorkspaceFile() },
        { label: 'Mở thư mục không gian làm việc', click: () => void shell.openPath(dataDir) },
        { type: 'separator' },
        { label: 'Kết nối máy chủ nhóm…', click: () => actions.connectTeam() },
        { label: 'Ngắt kết nối máy chủ nhóm', click: () => actions.disconnectTeam() },
        { type: 'separator' },
        { label: 'Thoát', role: 'quit', accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: 'Sửa',
      submenu: [
        { label: 'Hoàn tác', role: 'undo' },
        { label: 'Làm lại', role: 'redo' },
        { type: 'separator' },
        { label: 'Cắt', role: 'cut' },
        { label: 'Sao chép', role: 'copy' },
        { label: 'Dán', role: 'paste' },
        { label: 'Chọn tất cả', role: 'selectAll' },
      ],
    },
    {
      label: 'Xem',
      submenu: [
        { label: 'Tải lại', role: 'reload' },
        { type: 'separator' },
        { label: 'Cỡ chữ gốc', role: 'resetZoom' },
        { label: 'Phóng to', role: 'zoomIn' },
        { label: 'Thu nhỏ', role: 'zoomOut' },
        { type: 'separator' },
        { label: 'Toàn màn hình', role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Trợ giúp',
      submenu: [{ label: `Văn Kiện Studio ${app.getVersion()}`, enabled: false }],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
