/**
 * The messages of the notice and details of stored content that was repaired when opened, in
 * Vietnamese (the source language). Every key starts with `repairs.`; en.ts has the same keys.
 */
export const vi = {
  'repairs.notice': 'Văn kiện có nội dung không hợp lệ đã được sửa khi mở: {summary}; nội dung gốc được giữ lại.',
  'repairs.frozenNotice': 'Bản này có nội dung không hợp lệ nên đã được sửa để hiển thị: {summary}. Bản gốc được giữ nguyên, không bị thay đổi.',
  'repairs.show': 'Xem nội dung được giữ lại',
  'repairs.hide': 'Ẩn chi tiết',
  'repairs.dismiss': 'Đã hiểu',
  'repairs.download': 'Tải nội dung gốc (.json)',
  'repairs.at': 'Sửa lúc {when}',
  'repairs.where': 'khối {n}',
  'repairs.was': 'trước: {value}',
  'repairs.now': 'sau: {value}',
  'repairs.kind.attribute': '{count} thuộc tính không hợp lệ',
  'repairs.kind.id': '{count} mã khối không hợp lệ',
  'repairs.kind.wrapped': '{count} chữ nằm ngoài khối',
  'repairs.kind.unknown_node': '{count} loại khối không có trong văn bản',
  'repairs.kind.misplaced': '{count} khối đặt sai chỗ',
  'repairs.kind.mark': '{count} định dạng không hợp lệ',
  'repairs.kind.filled': '{count} khối rỗng',
  'repairs.kind.unreadable': '{count} khối không đọc được',
  'repairs.kind.numbering': '{count} kiểu đánh số không hợp lệ',
} as const;
