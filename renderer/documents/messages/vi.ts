/**
 * The messages of a workspace's documents: the list, creating, importing, renaming, the trash, the
 * kinds of document, in Vietnamese (the source language). Every key starts with `documents.`;
 * en.ts has the same keys.
 */
export const vi = {
  'documents.heading': 'Văn kiện',
  'documents.empty': 'Không gian này chưa có văn kiện nào.',
  'documents.new': 'Tạo văn kiện',
  'documents.title': 'Tên văn kiện',
  'documents.titlePlaceholder': 'Ví dụ: Báo cáo chính trị',
  'documents.kind': 'Loại',
  'documents.rename': 'Đổi tên',
  'documents.delete': 'Xoá',
  'documents.deleteConfirm': 'Xoá văn kiện "{title}"? Văn kiện được chuyển vào thùng rác của không gian làm việc (cuối danh sách), có thể khôi phục lại cùng các dự thảo và lịch sử.',
  'documents.trash': 'Thùng rác ({count} văn kiện đã xoá)',
  'documents.trash.deleted': 'Xoá lúc {when}',
  'documents.trash.restore': 'Khôi phục',
  'documents.updated': 'Sửa lần cuối {when}',
  'documents.kind.political_report': 'Báo cáo chính trị',
  'documents.kind.review_report': 'Báo cáo kiểm điểm',
  'documents.kind.resolution': 'Nghị quyết',
  'documents.kind.action_programme': 'Chương trình hành động',
  'documents.kind.other': 'Văn kiện khác',
  'documents.import.button': 'Nhập từ tệp (.docx, .txt, .md)',
  'documents.import.busy': 'Đang nhập…',
  'documents.import.warnings': 'Đã nhập, có lưu ý',
  'documents.import.openDocument': 'Mở văn kiện',
  'documents.import.close': 'Đóng',
} as const;
