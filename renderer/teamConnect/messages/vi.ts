/**
 * The messages of the desktop's "Kết nối máy chủ nhóm…" dialog, in Vietnamese (the source
 * language). Every key starts with `teamConnect.`; en.ts has the same keys.
 */
export const vi = {
  'teamConnect.title': 'Kết nối máy chủ nhóm',
  'teamConnect.intro': 'Nhập địa chỉ máy chủ nhóm mà người quản trị đưa cho bạn. Tên đăng nhập và mật khẩu được hỏi sau, trên trang của máy chủ.',
  'teamConnect.url': 'Địa chỉ máy chủ',
  'teamConnect.urlPlaceholder': 'https://may-chu:4600',
  'teamConnect.next': 'Tiếp tục',
  'teamConnect.checking': 'Đang kiểm tra chứng chỉ…',
  'teamConnect.url.empty': 'Hãy nhập địa chỉ máy chủ nhóm, ví dụ https://may-chu:4600.',
  'teamConnect.url.malformed': '"{typed}" không phải một địa chỉ. Hãy nhập dạng https://may-chu:4600.',
  'teamConnect.url.scheme': 'Địa chỉ máy chủ nhóm phải bắt đầu bằng https://.',
  'teamConnect.url.credentials': 'Đừng ghi tên hay mật khẩu vào địa chỉ; máy chủ sẽ hỏi chúng ở bước sau.',
  'teamConnect.url.insecure': 'Máy chủ {host} không ở trên máy này, nên phải dùng https://: qua http:// mật khẩu đi qua mạng không mã hoá. Hãy nhập https://{host}.',
  'teamConnect.confirm.title': 'Kiểm tra chứng chỉ của máy chủ',
  'teamConnect.confirm.intro': 'Hệ thống không biết chứng chỉ của {origin} (chứng chỉ tự ký). Chỉ tin cậy nó khi vân tay SHA-256 dưới đây trùng từng nhóm với vân tay người quản trị máy chủ đưa cho bạn.',
  'teamConnect.confirm.fingerprint': 'Vân tay SHA-256',
  'teamConnect.confirm.subject': 'Cấp cho',
  'teamConnect.confirm.issuer': 'Cấp bởi',
  'teamConnect.confirm.validity': 'Hiệu lực',
  'teamConnect.confirm.validRange': 'từ {from} đến {to}',
  'teamConnect.confirm.hint': 'Người quản trị đọc vân tay bằng lệnh: openssl x509 -in chung-chi.pem -noout -fingerprint -sha256',
  'teamConnect.confirm.trust': 'Tin cậy và kết nối',
  'teamConnect.confirm.busy': 'Đang kết nối…',
  'teamConnect.changed.title': 'Chứng chỉ của máy chủ đã thay đổi',
  'teamConnect.changed.intro': 'Máy chủ {origin} đưa ra một chứng chỉ khác với chứng chỉ bạn đã tin cậy, nên ứng dụng không kết nối và không gửi mật khẩu.',
  'teamConnect.changed.pinned': 'Vân tay đã tin cậy',
  'teamConnect.changed.presented': 'Vân tay máy chủ đưa ra bây giờ',
  'teamConnect.changed.todo': 'Có thể máy chủ vừa được cấp chứng chỉ mới, nhưng cũng có thể có kẻ mạo danh máy chủ. Đừng nhập mật khẩu ở nơi khác. Hãy hỏi người quản trị máy chủ: nếu họ xác nhận vân tay mới, hãy xoá mục của máy chủ này trong tệp team-server-pins.json ở thư mục dữ liệu (Tệp > Mở thư mục không gian làm việc) rồi kết nối lại và so vân tay mới.',
  'teamConnect.connecting': 'Đang mở máy chủ nhóm {origin}…',
} as const;
