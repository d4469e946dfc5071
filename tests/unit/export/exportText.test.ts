import { describe, expect, it } from 'vitest';
import { exportText } from '../../../shared/export/exportText.ts';
import { block, doc, heading, sampleReport, table } from './fixtures.ts';

describe('exportText', () => {
  it('writes the header, then each block with its number, blocks separated by a blank line', () => {
    const { doc: report, labels } = sampleReport();
    const text = exportText(report, labels);
    expect(text.split('\n\n').slice(0, 6)).toEqual([
      'DỰ THẢO LẦN 3\nĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG\nBAN CHẤP HÀNH\n*\nSố 125-BC/TU\nHải Phòng, ngày 15 tháng 9 năm 2025',
      'BÁO CÁO CHÍNH TRỊ\ncủa Ban Chấp hành Đảng bộ thành phố khóa XVI trình Đại hội đại biểu lần thứ XVII\n-----',
      'Phần thứ nhất: KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI',
      'I. VỀ CÔNG TÁC CHUẨN BỊ VÀ CÁC ĐIỂM NỔI BẬT CỦA ĐẠI HỘI',
      '1. Kinh tế tăng trưởng nhanh',
      '1.1. Quy mô kinh tế',
    ]);
    expect(text).toContain('\n\nMột là, đây là kỳ Đại hội đầu tiên');
    expect(text).toContain('\n\n(7) Tốc độ tăng trưởng GRDP');
    expect(text).toContain('\n\n- Phát triển kinh tế biển & logistics <cảng> "xanh".\n\n');
    expect(text).toContain('\n\nNơi nhận:\n- Ban Chấp hành Trung ương,\n- Lưu Văn phòng Thành ủy.\n\n');
    expect(text.endsWith('Lê Tiến Châu\n')).toBe(true);
  });

  it('writes a table as tab-separated rows', () => {
    const d = doc(block('paragraph', 'Bảng chỉ tiêu:'), table([['Chỉ tiêu', '2025'], ['GRDP', '13%']]));
    expect(exportText(d, [null, null])).toBe('Bảng chỉ tiêu:\n\nChỉ tiêu\t2025\nGRDP\t13%\n');
  });

  it('adds the "Nơi nhận:" heading to a recipients block whose text lacks it', () => {
    expect(exportText(doc(block('recipients', '- Lưu VP.')), ['Nơi nhận:'])).toBe('Nơi nhận:\n- Lưu VP.\n');
  });

  it('writes no header lines for a document without a header', () => {
    const d = doc(heading(1, 'Mở đầu'), block('paragraph', 'Nội dung.'));
    expect(exportText(d, ['1', null])).toBe('1. Mở đầu\n\nNội dung.\n');
  });
});
