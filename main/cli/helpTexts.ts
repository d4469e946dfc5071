/**
 * What each command's `--help` prints, and the usage a usage error repeats. Kept apart from the
 * commands and free of imports that load code, so `vankien --help` loads this file and nothing
 * of the commands (docs/architecture.md, "A command line that starts fast").
 */
import { DOCUMENT_KINDS } from '../../shared/document/documentKinds.ts';
import { DRAFT_STAGES } from '../../shared/drafts/draftStages.ts';

export const SERVE_HELP = `vankien serve [--data <thư mục>] [--port <số>] [--host <địa chỉ>] [--new-key]
  Chạy máy chủ không gian làm việc cho trình duyệt (mặc định 127.0.0.1:4600) và in đường dẫn để mở.
  Khoá truy cập trong đường dẫn được giữ trong thư mục dữ liệu (tệp access-key), nên vẫn dùng
  được sau khi khởi động lại. --new-key tạo khoá mới: đường dẫn cũ và các trang đang mở bằng nó
  không dùng được nữa (các trang đó sẽ xin dán đường dẫn mới). Biến VANKIEN_SECRET, nếu có, là khoá.
vankien serve --team --data <thư mục> [--host <địa chỉ>] [--port <số>] [--tls-cert <tệp> --tls-key <tệp>] [--insecure-http]
  Máy chủ nhóm: tài khoản, vai trò theo từng không gian làm việc và phiên đăng nhập thay cho khoá
  truy cập (tệp accounts.sqlite trong thư mục dữ liệu). Lần đầu, máy chủ in một mã thiết lập dùng
  một lần để tạo người quản trị đầu tiên. Có chứng chỉ (PEM) thì chạy HTTPS và WSS. Địa chỉ --host
  không phải 127.0.0.1/localhost thì phải có chứng chỉ, trừ khi thêm --insecure-http (mật khẩu đi
  qua mạng không mã hoá).`;

export const USER_HELP = `vankien user add <tên> --role admin|drafter|reviewer|compiler --data <thư mục> [--workspace <mã>] [--display-name <tên hiển thị>] --password-stdin [--json]
vankien user list --data <thư mục> [--json]
vankien user disable <tên> --data <thư mục> [--json]
vankien user enable <tên> --data <thư mục> [--json]
vankien user role <tên> <vai trò|none> --data <thư mục> [--workspace <mã>] [--json]
  Tài khoản của máy chủ nhóm (serve --team) trong thư mục dữ liệu. Không có --workspace: vai trò áp
  dụng cho mọi không gian làm việc. Mật khẩu đọc từ đầu vào chuẩn (dòng đầu), không bao giờ từ đối số.
  Khi máy chủ đang chạy trên thư mục này, "disable", "enable" và "role" phải làm trong màn hình quản
  trị (máy chủ đóng ngay kết nối của người đó); "add" và "list" vẫn dùng được.`;

export const WORKSPACE_HELP = `vankien workspace create <tên> [--data <thư mục>] [--json]
vankien workspace list [--data <thư mục>] [--json]`;

export const COMPARE_HELP = `vankien compare <tệp a> <tệp b> [--json] [--all] [--docx <tệp .docx>] [--author <tên>]
vankien compare --workspace <tệp .vkws> --document <tiêu đề> --drafts <a>,<b> [--json] [--all] [--docx <tệp .docx>]
  So sánh hai tệp (.docx/.txt/.md) hoặc hai dự thảo của một văn kiện (số dự thảo, "working" cho
  bản đang soạn, "c2" cho bản lưu trước khi khôi phục số 2). --json in {"stats":{…},"classes":{…},"changes":[{op,class,left,right,tokens}]};
  các khối giữ nguyên (op "equal") bị lược khỏi "changes" trừ khi có --all. --docx ghi thêm bản mới
  có theo dõi thay đổi so với bản cũ (Word/LibreOffice: chấp nhận tất cả ra bản mới, từ chối tất cả
  ra bản cũ), ký tên --author (mặc định "Tiểu ban Văn kiện").`

export const DRAFT_HELP = `vankien draft freeze --workspace <tệp .vkws> --document <tiêu đề> [--stage <giai đoạn>] [--author <tên>] [--note <ghi chú>] [--json]
vankien draft list --workspace <tệp .vkws> --document <tiêu đề> [--json]
vankien draft restore --workspace <tệp .vkws> --document <tiêu đề> (--draft <N> | --checkpoint <K>) [--author <tên>] [--json]
  Chốt bản đang soạn thành "Dự thảo lần N" (không sửa được về sau), liệt kê các dự thảo và các bản
  lưu "trước khi khôi phục", hoặc khôi phục một dự thảo (hay một bản lưu) vào bản đang soạn; bản đang
  soạn được lưu lại trước khi bị thay.
  Giai đoạn: ${DRAFT_STAGES.join(', ')} (mặc định subcommittee).`;

export const COMMENT_HELP = `vankien comment list --workspace <tệp .vkws> --document <tiêu đề> [--json]
  Liệt kê các góp ý của văn kiện theo thứ tự trong văn bản: đang mở (theo phần), đã giải quyết,
  rồi những góp ý không còn tìm thấy đoạn văn (kèm đoạn trích). Chỉ đọc tệp.`;

export const OUTLINE_HELP = `vankien outline <tệp .docx|.txt|.md> [--json]
  In mọi khối của văn kiện với số thứ tự suy ra từ cấu trúc:
  {"blocks":[{"id","type","level","number","text"}]}`;

export const IMPORT_HELP = `vankien import <tệp> --workspace <tệp .vkws> --document <tên> [--kind ${DOCUMENT_KINDS.join('|')}] [--json]
vankien import <tệp> --workspace <tệp .vkws> --document <tên> --draft <N> [--working-copy] [--stage <giai đoạn>] [--author <tên>] [--note <ghi chú>] [--json]
  Nhập .docx, .txt hoặc .md thành văn kiện mới trong không gian làm việc; với --draft N, thành
  "Dự thảo lần N" của văn kiện đã có (N phải là số dự thảo tiếp theo). Bản đang soạn giữ nguyên,
  trừ khi có --working-copy: khi đó bản đang soạn trở thành dự thảo vừa nhập, bản cũ được giữ lại
  như một bản lưu "trước khi khôi phục" (hoàn tác được). Về sau: vankien draft restore … --draft N.`;

export const FEEDBACK_HELP = `vankien feedback import <tệp…> --workspace <tệp .vkws> [--document <tên văn kiện>] [--draft <N>] [--only-new] [--json]
vankien feedback sources <tệp .xlsx|.csv> --workspace <tệp .vkws> [--json]
vankien feedback anchor --workspace <tệp .vkws> [--document <tên văn kiện>] [--draft <N>] [--json]
vankien feedback anchor <tệp góp ý .csv|.xlsx|.docx|.txt> --draft <tệp dự thảo .docx|.txt|.md> [--json]
vankien feedback clusters --workspace <tệp .vkws> [--json]
  import: nhập các tệp góp ý (.docx báo cáo, .xlsx/.csv phiếu điện tử, .txt), mỗi tệp một đợt nhập;
  --document là văn kiện của các ý kiến mà tệp không tự ghi; tệp đã nhập (cùng SHA-256) bị từ chối; --only-new bỏ qua các ý kiến đã có. Dòng lỗi được liệt kê,
  phần còn lại vẫn được nhập. sources: nhập danh sách đơn vị (Tên đơn vị, Tên gọi khác, Cấp, Trực thuộc).
  anchor: gắn các ý kiến vào đoạn của dự thảo mà ý kiến góp vào (--draft N cho ý kiến không ghi dự thảo; không có: bản làm việc);
  in số ý kiến đã gắn, chưa gắn (chờ người gắn) và mất chỗ (đoạn đã bị xoá trong bản làm việc). Ý kiến do người gắn được giữ nguyên.
  Với một tệp góp ý và --draft <tệp>: gắn từng ý kiến vào tệp dự thảo, theo thứ tự, không ghi gì; --json in
  [{"text","source","anchor":{"number","text"}|null,"confidence"}], mỗi dòng của tệp một mục theo đúng thứ tự.
  Dòng không cho ý kiến (không có nội dung, ô gộp, công thức chưa tính, quá dài) vẫn giữ chỗ: text "", anchor null,
  confidence 0 và thêm "problem":{"code","reason"} nói lý do và số dòng; lỗi cả trang (không có cột nội dung) in ra stderr.
  clusters: gom các ý kiến trùng và gần trùng thành nhóm ("N ý kiến của M đơn vị"), giữ các lần gộp, tách của người dùng, và liệt kê các nhóm.`;

export const EXPORT_HELP = `vankien export --workspace <tệp .vkws> --document <tên> --format docx|txt --out <tệp> [--draft <N>] [--json]
  Xuất bản làm việc của văn kiện (docx theo Hướng dẫn 36-HD/VPTW, hoặc văn bản thuần);
  với --draft N: xuất Dự thảo lần N như khi chốt, tiêu đề ghi "DỰ THẢO LẦN N".`;

export const REPORT_HELP = `vankien report comments --workspace <tệp .vkws> --out <tệp .xlsx> [--json]
vankien report synthesis --workspace <tệp .vkws> --document <tên> --out <tệp .docx> [--draft <N>] [--force] [--json]
  comments: mọi ý kiến góp ý của không gian làm việc ra một tệp .xlsx, mỗi ý kiến một dòng với
  đủ các trường (đơn vị như ghi và theo danh mục, văn kiện, dự thảo, vị trí, trạng thái, khối được
  gắn) và nguồn gốc (tệp, SHA-256, trang tính, dòng, đoạn).
  synthesis: báo cáo tổng hợp ý kiến góp ý vào dự thảo của văn kiện (.docx theo Hướng dẫn 36-HD/VPTW):
  theo từng mục của dự thảo, mỗi nhóm ý kiến ghi "N ý kiến của M đơn vị", nội dung tiêu biểu, tiếp thu
  hay giải trình và câu trả lời, và đoạn đó trong dự thảo sau đã sửa thế nào; cuối là bảng phụ lục.
  --draft N: báo cáo ý kiến góp vào Dự thảo lần N (mặc định: dự thảo mới nhất có ý kiến).
  Tệp --out đã có thì không ghi đè, trừ khi có --force. Mỗi lần xuất được ghi vào nhật ký.`;
