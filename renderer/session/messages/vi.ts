/**
 * The messages of the banner shown when the server no longer accepts this page's access key, in
 * Vietnamese (the source language). Every key starts with `session.`; en.ts has the same keys.
 */
export const vi = {
  'session.refused': 'Khoá truy cập đã thay đổi (máy chủ đã tạo khoá mới). Hãy dán đường dẫn mới mà máy chủ in ra vào ô dưới đây.',
  'session.keepPage': 'Đừng tải lại hay đóng trang này: những thay đổi chưa lưu chỉ có ở đây, và sẽ được gửi ngay khi khoá đúng.',
  'session.address': 'Đường dẫn mới (có ?k=…)',
  'session.submit': 'Dùng khoá mới',
  'session.checking': 'Đang kiểm tra khoá…',
  'session.noKey': 'Đường dẫn này không có khoá truy cập (phần ?k=…). Hãy chép nguyên đường dẫn mà máy chủ in ra.',
  'session.otherServer': 'Đường dẫn này thuộc máy chủ khác ({origin}); trang này chỉ gửi được thay đổi tới {here}. Hãy chạy lại máy chủ đúng cổng cũ rồi dán đường dẫn nó in ra.',
  'session.wrongKey': 'Khoá trong đường dẫn này không đúng với máy chủ. Hãy chép lại đường dẫn mà máy chủ in ra lần khởi động gần nhất.',
  'session.unreachable': 'Chưa kết nối được máy chủ. Hãy kiểm tra máy chủ đang chạy rồi thử lại.',
  // A browser sending too many cookies for this address (431): issue 7's review.
  'session.headersTooLarge': 'Trình duyệt đang gửi kèm quá nhiều cookie cho địa chỉ này (thường do một trang khác trên cùng máy đặt vào), nên máy chủ không đọc được yêu cầu nào. Hãy xoá cookie của trang này trong cài đặt trình duyệt (biểu tượng ổ khoá cạnh thanh địa chỉ → Cookie), rồi bấm “Kiểm tra lại”. Đừng tải lại hay đóng trang này: những thay đổi chưa lưu chỉ có ở đây.',
  'session.recheck': 'Kiểm tra lại',
} as const;
