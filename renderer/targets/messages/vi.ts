/**
 * The messages of the editor's targets table, in Vietnamese (the source language). Every key
 * starts with `targets.`; en.ts has the same keys.
 */
export const vi = {
  'targets.open': 'Bảng chỉ tiêu',
  'targets.title': 'Bảng chỉ tiêu',
  'targets.close': 'Đóng',
  'targets.count': '{count} chỉ tiêu',
  'targets.figureCount': '{count} số liệu',
  'targets.empty': 'Văn kiện chưa có chỉ tiêu nào. Đổi một khối thành chỉ tiêu bằng Ctrl+Alt+T.',
  'targets.number': 'Số',
  'targets.text': 'Chỉ tiêu',
  'targets.figure': 'Số liệu',
  'targets.value': 'Giá trị',
  'targets.unit': 'Đơn vị',
  'targets.qualifiers': 'Điều kiện',
  'targets.year': 'Năm',
  'targets.jump': 'Đến chỉ tiêu này trong văn bản',
  'targets.noFigures': 'Không có số liệu',
  'targets.editFigure': 'Sửa số liệu {figure}',
  'targets.q.at-least': 'trở lên',
  'targets.q.more-than': 'trên',
  'targets.q.at-most': 'tối đa',
  'targets.q.less-than': 'dưới',
  'targets.q.about': 'khoảng',
  'targets.q.average': 'bình quân',
  'targets.q.aim': 'phấn đấu',
  'targets.q.annual': 'hằng năm',
} as const;
