import type { Mark, Node } from 'prosemirror-model';
import { schema } from '../../../shared/editor/schema.ts';
import { EMPTY_HEADER, type DocumentHeader } from '../../../shared/document/header.ts';

/** Inline content: strings are plain text, [text, ...marks] is marked text, '\n' a hard break. */
type Inline = string | [string, ...Mark[]];

function inline(parts: Inline[]): Node[] {
  const out: Node[] = [];
  for (const part of parts) {
    if (part === '\n') out.push(schema.nodes.hard_break.create());
    else if (typeof part === 'string') out.push(schema.text(part));
    else out.push(schema.text(part[0], part.slice(1) as Mark[]));
  }
  return out;
}

export const strong = schema.marks.strong.create();
export const em = schema.marks.em.create();
export const underline = schema.marks.underline.create();
export const ref = (note: string) => schema.marks.footnote_ref.create({ note });

let nextId = 0;
const id = () => `b${++nextId}`;

export const block = (type: string, ...parts: Inline[]) => schema.nodes[type].create({ id: id() }, inline(parts));
export const heading = (level: number, ...parts: Inline[]) => schema.nodes.heading.create({ id: id(), level }, inline(parts));
export const footnote = (noteId: string, text: string) => schema.nodes.footnote.create({ id: noteId }, inline([text]));
export const table = (rows: string[][]) =>
  schema.nodes.table.create(
    { id: id() },
    rows.map((r) => schema.nodes.table_row.create(null, r.map((c) => schema.nodes.table_cell.create(null, schema.nodes.paragraph.create(null, inline(c ? [c] : [])))))),
  );
export const header = (fields: Partial<DocumentHeader>) => schema.nodes.header.create({ id: id(), ...EMPTY_HEADER, ...fields });
export const doc = (...blocks: Node[]) => schema.nodes.doc.create(null, blocks);

export const HAI_PHONG_HEADER: Partial<DocumentHeader> = {
  issuingBody: 'ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG\nBAN CHẤP HÀNH',
  number: 'Số 125-BC/TU',
  place: 'Hải Phòng',
  date: 'ngày 15 tháng 9 năm 2025',
  docType: 'BÁO CÁO CHÍNH TRỊ',
  title: 'của Ban Chấp hành Đảng bộ thành phố khóa XVI trình Đại hội đại biểu lần thứ XVII',
  draftLabel: 'DỰ THẢO LẦN 3',
};

/** A small political report with every kind of block, and its number labels. */
export function sampleReport(): { doc: Node; labels: (string | null)[] } {
  const blocks = [
    header(HAI_PHONG_HEADER),
    block('part', 'KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI'),
    block('section', 'VỀ CÔNG TÁC CHUẨN BỊ VÀ CÁC ĐIỂM NỔI BẬT CỦA ĐẠI HỘI'),
    heading(1, 'Kinh tế tăng trưởng nhanh'),
    heading(2, 'Quy mô kinh tế'),
    heading(4, 'Công nghiệp'),
    block('paragraph', 'Quy mô kinh tế đứng thứ ', ['3', strong], ' cả nước; ', ['thu hút đầu tư', em], ' dẫn đầu', ['1', ref('fn1')], '.'),
    block('ordinal', 'đây là kỳ Đại hội đầu tiên sau hợp nhất thành phố Hải Phòng và tỉnh Hải Dương.'),
    block('target', 'Tốc độ tăng trưởng GRDP bình quân đạt ', ['13% trở lên', underline], '.'),
    block('bullet', 'Phát triển kinh tế biển & logistics <cảng> "xanh".'),
    table([['Chỉ tiêu', 'Năm 2025'], ['GRDP (nghìn tỷ đồng)', '']]),
    footnote('fn1', 'Theo số liệu của Cục Thống kê thành phố.'),
    block('recipients', 'Nơi nhận:', '\n', '- Ban Chấp hành Trung ương,', '\n', '- Lưu Văn phòng Thành ủy.'),
    block('signature', 'T/M BAN CHẤP HÀNH', '\n', 'BÍ THƯ', '\n', '\n', '\n', 'Lê Tiến Châu'),
  ];
  const labels = [null, 'Phần thứ nhất', 'I', '1', '1.1', 'a)', null, 'Một là', '(7)', null, null, null, null, null];
  return { doc: doc(...blocks), labels };
}
