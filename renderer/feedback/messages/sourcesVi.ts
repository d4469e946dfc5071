/** The sources registry's editing messages (issue 11, "Sources"), spread into ./vi.ts. */
export const sourcesVi = {
  'feedback.sources.aliases': 'Tên gọi khác',
  'feedback.sources.aliasPlaceholder': 'ĐB phường …, P. …',
  'feedback.sources.aliasAdd': 'Thêm tên gọi',
  'feedback.sources.aliasRemove': 'Bỏ tên gọi “{alias}”',
  'feedback.sources.level': 'Cấp',
  'feedback.sources.parent': 'Đơn vị cấp trên',
  'feedback.sources.noParent': '(không có)',
  'feedback.sources.edit': 'Sửa',
  'feedback.sources.editOf': 'Sửa đơn vị “{name}”',
  'feedback.sources.delete': 'Xoá',
  'feedback.sources.confirmDelete': 'Xoá đơn vị “{name}” khỏi danh sách? Đơn vị đã có ý kiến hoặc đơn vị trực thuộc sẽ không xoá được.',
  'feedback.sources.keys': 'Enter để lưu, Esc để huỷ.',
  'feedback.sources.attributed': '{count} ý kiến chưa rõ đơn vị nay đã xác định được theo danh sách mới.',
} as const;
