/**
 * The application menu's labels, Vietnamese first and English for a system in English (the menu
 * is drawn before any page, so it follows the system's language, not the page's choice).
 */
export type MenuLanguage = 'vi' | 'en';

/** `app.getLocale()` ("vi", "en-US", "fr") → the menu's language: English for English, Vietnamese otherwise. */
export function menuLanguage(locale: string): MenuLanguage {
  return /^en(-|$)/i.test(locale) ? 'en' : 'vi';
}

const vi = {
  file: 'Tệp',
  openWorkspaceFile: 'Mở tệp không gian làm việc…',
  openDataFolder: 'Mở thư mục không gian làm việc',
  connectTeam: 'Kết nối máy chủ nhóm…',
  disconnectTeam: 'Ngắt kết nối máy chủ nhóm',
  quit: 'Thoát',
  edit: 'Sửa',
  undo: 'Hoàn tác',
  redo: 'Làm lại',
  cut: 'Cắt',
  copy: 'Sao chép',
  paste: 'Dán',
  selectAll: 'Chọn tất cả',
  view: 'Xem',
  reload: 'Tải lại',
  resetZoom: 'Cỡ chữ gốc',
  zoomIn: 'Phóng to',
  zoomOut: 'Thu nhỏ',
  fullScreen: 'Toàn màn hình',
  help: 'Trợ giúp',
};

const en: Record<keyof typeof vi, string> = {
  file: 'File',
  openWorkspaceFile: 'Open workspace file…',
  openDataFolder: 'Open the workspace folder',
  connectTeam: 'Connect to a team server…',
  disconnectTeam: 'Disconnect from the team server',
  quit: 'Quit',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select all',
  view: 'View',
  reload: 'Reload',
  resetZoom: 'Actual size',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fullScreen: 'Full screen',
  help: 'Help',
};

export const MENU_LABELS: Record<MenuLanguage, typeof vi> = { vi, en };
