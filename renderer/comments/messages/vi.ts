/**
 * The messages of the comments panel, in Vietnamese (the source language). Every key starts with
 * `comments.`; en.ts has the same keys.
 */
export const vi = {
  'comments.title': 'Góp ý',
  'comments.count': '{count} đang mở',
  'comments.empty': 'Chưa có góp ý nào. Chọn một đoạn văn rồi bấm Ctrl+Alt+M để góp ý.',
  'comments.hint': 'Chọn một đoạn văn rồi bấm Ctrl+Alt+M để góp ý.',
  'comments.add': 'Góp ý đoạn đã chọn',
  'comments.selectFirst': 'Hãy chọn một đoạn văn có chữ trước.',
  'comments.new': 'Góp ý mới',
  'comments.quote': 'Đoạn được góp ý',
  'comments.body': 'Nội dung góp ý',
  'comments.send': 'Gửi góp ý',
  'comments.reply': 'Trả lời',
  'comments.replyPlaceholder': 'Viết câu trả lời…',
  'comments.sendReply': 'Gửi trả lời',
  'comments.edit': 'Sửa',
  'comments.delete': 'Xoá',
  'comments.confirmDelete': 'Xoá ý kiến này? Không hoàn tác được.',
  'comments.resolve': 'Đã giải quyết',
  'comments.reopen': 'Mở lại',
  'comments.edited': '(đã sửa)',
  'comments.you': 'Bạn',
  'comments.open': 'Đang mở',
  'comments.resolved': 'Đã giải quyết ({count})',
  'comments.orphaned': 'Không còn tìm thấy đoạn văn ({count})',
  'comments.orphanedNote': 'Đoạn văn được góp ý đã bị xoá hoặc viết lại. Góp ý vẫn được giữ cùng đoạn trích.',
  'comments.beforeSections': 'Đầu văn kiện',
  'comments.jump': 'Đến đoạn văn này',
  'comments.readOnly': 'Bạn chỉ xem được góp ý.',
  'comments.resolvedBy': 'Đã giải quyết bởi {name}',
} as const;
