/**
 * The messages of the editor's outline panel, in Vietnamese (the source language). Every key
 * starts with `outline.`; en.ts has the same keys.
 */
export const vi = {
  'outline.title': 'Dàn ý',
  'outline.empty': 'Chưa có phần, mục hay đề mục nào.',
  'outline.dropEnd': 'Thả vào đây để chuyển xuống cuối',
  'outline.untitled': '(chưa có tên)',
  'outline.promote': 'Nâng cả mục lên một cấp (Alt+←)',
  'outline.demote': 'Hạ cả mục xuống một cấp (Alt+→)',
} as const;
