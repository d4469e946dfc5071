/**
 * The messages of find and replace in the editor, in Vietnamese (the source language). Every key
 * starts with `find.`; en.ts has the same keys.
 */
export const vi = {
  'find.open': 'Tìm',
  'find.openHint': 'Tìm và thay thế (Ctrl+F, Ctrl+H)',
  'find.title': 'Tìm và thay thế',
  'find.query': 'Tìm',
  'find.placeholder': 'Tìm trong văn kiện',
  'find.none': 'Không tìm thấy',
  'find.total': '{total} kết quả',
  'find.previous': 'Kết quả trước (Shift+Enter, Shift+F3)',
  'find.next': 'Kết quả tiếp theo (Enter, F3)',
  'find.ignoreDiacritics': 'Bỏ qua dấu',
  'find.ignoreDiacriticsHint': 'Khớp dấu/không dấu: gõ «phat trien» cũng thấy «phát triển». Khi tắt, vẫn không phân biệt chữ hoa và vị trí dấu thanh («hoà» thấy «hòa»).',
  'find.replaceToggle': 'Thay thế…',
  'find.replaceToggleHint': 'Hiện ô thay thế (Ctrl+H)',
  'find.replacement': 'Thay bằng',
  'find.replacePlaceholder': 'Thay bằng',
  'find.replaceOne': 'Thay',
  'find.replaceAll': 'Thay tất cả',
  'find.replaced': 'Đã thay {count} chỗ.',
  'find.wholeSyllables': 'Khi thay, chỉ khớp trọn chữ.',
  'find.close': 'Đóng (Esc)',
} as const;
