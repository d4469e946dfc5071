/**
 * The messages of "who you are" (name and initials in presence, drafts, tracked changes), in
 * Vietnamese (the source language). Every key starts with `identity.`; en.ts has the same keys.
 */
export const vi = {
  'identity.button': 'Bạn: {name}. Bấm để đổi tên hiển thị',
  'identity.buttonTeam': 'Bạn: {name} (tên do quản trị viên đặt)',
  'identity.title': 'Tên của bạn',
  'identity.intro': 'Tên này hiện bên con trỏ của bạn khi người khác cùng soạn, và ghi là người chốt dự thảo, người sửa trong bản so sánh.',
  'identity.name': 'Tên hiển thị',
  'identity.initials': 'Chữ viết tắt (để trống: tự lấy từ tên)',
  'identity.save': 'Lưu',
  'identity.busy': 'Đang lưu…',
  'identity.teamNote': 'Trên máy chủ nhóm, tên của bạn do quản trị viên đặt.',
} as const;
