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
  không dùng được nữa (các trang đó sẽ xin dán đường dẫn mới). Biến VANKIEN_SECRET, nếu có, là khoá.`;

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

export const OUTLINE_HELP = `vankien outline <tệp .docx|.txt|.md> [--json]
  In mọi khối của văn kiện với số thứ tự suy ra từ cấu trúc:
  {"blocks":[{"id","type","level","number","text"}]}`;

export const IMPORT_HELP = `vankien import <tệp> --workspace <tệp .vkws> --document <tên> [--kind ${DOCUMENT_KINDS.join('|')}] [--json]
vankien import <tệp> --workspace <tệp .vkws> --document <tên> --draft <N> [--stage <giai đoạn>] [--author <tên>] [--note <ghi chú>] [--json]
  Nhập .docx, .txt hoặc .md thành văn kiện mới trong không gian làm việc; với --draft N, thành
  "Dự thảo lần N" của văn kiện đã có (N phải là số dự thảo tiếp theo). Bản đang soạn giữ nguyên;
  muốn soạn tiếp từ dự thảo vừa nhập: vankien draft restore … --draft N.`;

export const FEEDBACK_HELP = `vankien feedback import <tệp…> --workspace <tệp .vkws> [--document <tên văn kiện>] [--draft <N>] [--only-new] [--json]
vankien feedback sources <tệp .xlsx|.csv> --workspace <tệp .vkws> [--json]
  import: nhập các tệp góp ý (.docx báo cáo, .xlsx/.csv phiếu điện tử, .txt), mỗi tệp một đợt nhập;
  --document là văn kiện của các ý kiến mà tệp không tự ghi; tệp đã nhập (cùng SHA-256) bị từ chối; --only-new bỏ qua các ý kiến đã có. Dòng lỗi được liệt kê,
  phần còn lại vẫn được nhập. sources: nhập danh sách đơn vị (Tên đơn vị, Tên gọi khác, Cấp, Trực thuộc).`;

export const EXPORT_HELP = `vankien export --workspace <tệp .vkws> --document <tên> --format docx|txt --out <tệp> [--draft <N>] [--json]
  Xuất bản làm việc của văn kiện (docx theo Hướng dẫn 36-HD/VPTW, hoặc văn bản thuần);
  với --draft N: xuất Dự thảo lần N như khi chốt, tiêu đề ghi "DỰ THẢO LẦN N".`;
