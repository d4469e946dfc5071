/**
 * The messages of the shared components (dialog buttons, errors, loading), which any feature may
 * use too, in Vietnamese (the source language). Every key starts with `ui.`; en.ts has the same
 * keys.
 */
export const vi = {
  'ui.create': 'Tạo',
  'ui.save': 'Lưu',
  'ui.cancel': 'Huỷ',
  'ui.confirm': 'Đồng ý',
  'ui.back': 'Quay lại',
  'ui.loading': 'Đang tải…',
  'ui.error': 'Có lỗi: {message}',
  'ui.retry': 'Thử lại',
  'ui.close': 'Đóng',
  'ui.error.network': 'Không kết nối được tới máy chủ Văn Kiện. Kiểm tra máy chủ còn chạy, rồi thử lại.',
  'ui.error.detail': 'Chi tiết',
} as const;
