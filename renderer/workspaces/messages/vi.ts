/**
 * The messages of the workspace list of the home page, in Vietnamese (the source language). Every
 * key starts with `workspaces.`; en.ts has the same keys.
 */
export const vi = {
  'workspaces.heading': 'Không gian làm việc',
  'workspaces.empty': 'Chưa có không gian làm việc nào. Hãy tạo một không gian cho bộ văn kiện đại hội của bạn.',
  'workspaces.new': 'Tạo không gian làm việc',
  'workspaces.name': 'Tên không gian làm việc',
  'workspaces.namePlaceholder': 'Ví dụ: Đại hội Đảng bộ thành phố lần thứ XVII',
  'workspaces.unreadable': 'Không mở được tệp {file}: {message}',
  'workspaces.folder': 'Các không gian làm việc nằm trong thư mục {dir}. Chép tệp .vkws vào đây để mở.',
  'workspaces.serverFolder': 'Các không gian làm việc nằm trong thư mục dữ liệu của máy chủ. Người quản trị máy chủ chép tệp .vkws vào đó để mở.',
  'workspaces.documents': '{count} văn kiện',
  'workspaces.pick': 'Chọn một không gian làm việc ở bên trái.',
  'workspaces.feedback': 'Ý kiến góp ý →',
} as const;
