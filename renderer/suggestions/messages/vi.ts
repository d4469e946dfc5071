/**
 * The messages of suggestion mode and its panel, in Vietnamese (the source language). Every key
 * starts with `suggestions.`; en.ts has the same keys.
 */
export const vi = {
  'suggestions.title': 'Đề xuất sửa',
  'suggestions.count': '{count} đang chờ',
  'suggestions.mode': 'Đề xuất sửa',
  'suggestions.modeOn': 'Chế độ đề xuất sửa đang bật: chữ bạn gõ thành đề xuất, văn bản không thay đổi.',
  'suggestions.modeForced': 'Bạn góp ý bằng đề xuất: chữ bạn gõ thành đề xuất, người biên tập chấp nhận hoặc từ chối.',
  'suggestions.empty': 'Chưa có đề xuất nào.',
  'suggestions.you': 'Bạn',
  'suggestions.deleted': 'Xoá',
  'suggestions.inserted': 'Thêm',
  'suggestions.accept': 'Chấp nhận',
  'suggestions.reject': 'Từ chối',
  'suggestions.acceptAnyway': 'Vẫn chấp nhận',
  'suggestions.acceptAll': 'Chấp nhận tất cả',
  'suggestions.rejectAll': 'Từ chối tất cả',
  'suggestions.byAuthor': 'Của người đề xuất',
  'suggestions.anyAuthor': 'Mọi người',
  'suggestions.stale': 'Văn bản đã thay đổi',
  'suggestions.madeOn': 'Đề xuất trên: “{text}”',
  'suggestions.nowIs': 'Hiện nay: “{text}”',
  'suggestions.gone': 'Đoạn văn được đề xuất không còn nữa.',
  'suggestions.notApplied': 'Chưa áp dụng: đoạn văn đã thay đổi từ khi có đề xuất. Hãy xem lại hai đoạn chữ rồi chọn.',
  'suggestions.staleLeft': '{count} đề xuất chưa áp dụng vì đoạn văn đã thay đổi.',
  'suggestions.decided': 'Đã xử lý ({count})',
  'suggestions.accepted': 'Đã chấp nhận bởi {name}',
  'suggestions.rejected': 'Đã từ chối bởi {name}',
  'suggestions.sending': 'Đang gửi đề xuất…',
  'suggestions.jump': 'Đến đoạn văn này',
} as const;
