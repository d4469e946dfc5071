/** The synthesis report button's messages (Vietnamese). */
export const synthesisVi = {
  'feedback.synthesis.button': 'Xuất báo cáo tổng hợp (.docx)',
  'feedback.synthesis.busy': 'Đang lập báo cáo…',
  'feedback.synthesis.title': 'Báo cáo tổng hợp ý kiến góp ý vào dự thảo của văn kiện, theo từng mục, kèm bảng phụ lục (.docx theo Hướng dẫn 36-HD)',
  'feedback.synthesis.document': 'Văn kiện của báo cáo tổng hợp',
  'feedback.synthesis.draft': 'Dự thảo lần (để trống: dự thảo mới nhất có ý kiến)',
  'feedback.synthesis.noDocument': 'Chưa có văn kiện nào để lập báo cáo tổng hợp.',
};
