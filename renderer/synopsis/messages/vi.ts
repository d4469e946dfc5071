/**
 * The messages of the synopsis page: a passage or the targets across the drafts, in Vietnamese
 * (the source language). Every key starts with `synopsis.`; en.ts has the same keys.
 */
export const vi = {
  'synopsis.open': 'Đối chiếu qua các dự thảo',
  'synopsis.heading': 'Đối chiếu qua các dự thảo',
  'synopsis.loading': 'Đang tải dự thảo {done}/{total}…',
  'synopsis.pick': 'Chọn đoạn, mục hoặc chỉ tiêu',
  'synopsis.search': 'Gõ vài chữ hoặc số mục…',
  'synopsis.pickHint': 'Chọn một đoạn ở bên trái để xem nó qua các lần dự thảo.',
  'synopsis.notFound': 'Không tìm thấy đoạn này trong các dự thảo.',
  'synopsis.absent': '(chưa có hoặc đã bỏ trong lần này)',
  'synopsis.first': 'Lần đầu xuất hiện',
  'synopsis.unchanged': 'Không đổi',
  'synopsis.workingNow': 'Hiện tại, chưa chốt',
  'synopsis.changedSinceDraft': 'Đã sửa từ Dự thảo lần {n} ({kind})',
  'synopsis.unchangedSinceDraft': 'Không đổi từ Dự thảo lần {n}',
  'synopsis.changedBy': '{author} sửa ({kind})',
  'synopsis.targets': 'Bảng chỉ tiêu qua các dự thảo',
  'synopsis.noTargets': 'Các dự thảo chưa có chỉ tiêu nào.',
  'synopsis.type.section': 'Mục',
  'synopsis.type.target': 'Chỉ tiêu',
  'synopsis.type.paragraph': 'Đoạn',
} as const;
