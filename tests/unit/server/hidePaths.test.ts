import { describe, expect, it } from 'vitest';
import { DATA_DIR_WORDS, hidePaths, hidePayloadPaths } from '../../../main/server/rpc/hidePaths.ts';

const DATA = '/home/thu-ky/VanKienStudio';

describe('hidePaths', () => {
  it.each([
    ['Đã có tệp /home/thu-ky/VanKienStudio/dai-hoi.vkws. Hãy chọn tên khác.', 'Đã có tệp dai-hoi.vkws. Hãy chọn tên khác.'],
    ['Không tìm thấy tệp không gian làm việc: /home/thu-ky/VanKienStudio/x.vkws', 'Không tìm thấy tệp không gian làm việc: x.vkws'],
    ['Hãy kiểm tra /home/thu-ky/VanKienStudio rồi thử lại.', `Hãy kiểm tra ${DATA_DIR_WORDS} rồi thử lại.`],
    // Outside the data folder a path with spaces is cut at the first one: its absolute part still goes.
    ['Không gian làm việc /mnt/usb/Dai hoi/cu.vkws bị hỏng', 'Không gian làm việc Dai hoi/cu.vkws bị hỏng'],
    ['Tệp /home/thu-ky/VanKienStudio/Đại hội XVII.vkws bị khoá', 'Tệp Đại hội XVII.vkws bị khoá'],
    ['Tệp "/srv/other/a.vkws" bị khoá', 'Tệp "a.vkws" bị khoá'],
    ['Tệp C:\\Users\\thu-ky\\a.vkws bị khoá', 'Tệp a.vkws bị khoá'],
    ['(/var/lib/vankien/b.vkws)', '(b.vkws)'],
  ])('hides the path in %s', (text, expected) => {
    expect(hidePaths(text, DATA)).toBe(expected);
  });

  it.each([
    'Tỷ lệ 1/2 số đại biểu',
    'tiếp thu / giải trình',
    'Cổng 4600 trên 127.0.0.1 đang được dùng.',
    'Văn kiện này chưa có Dự thảo lần 3.',
    'thư mục /tmp',
  ])('leaves %s as it is', (text) => {
    expect(hidePaths(text, DATA)).toBe(text);
  });

  it('hides paths in every string field of an error payload', () => {
    expect(hidePayloadPaths({ code: 'workspace_corrupt', message: `Tệp ${DATA}/a.vkws hỏng`, detail: `SQLITE_CORRUPT ${DATA}/a.vkws` }, DATA)).toEqual({
      code: 'workspace_corrupt',
      message: 'Tệp a.vkws hỏng',
      detail: 'SQLITE_CORRUPT a.vkws',
    });
  });
});
