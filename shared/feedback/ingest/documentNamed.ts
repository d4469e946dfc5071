/**
 * The congress document a heading of a report names ("II. Ý KIẾN ĐỐI VỚI DỰ THẢO BÁO CÁO CHÍNH
 * TRỊ" → "Báo cáo chính trị"), or null. Case and tone placement do not matter.
 */
import { compareKey } from '../../text/normalize.ts';

const DOCUMENTS = ['Báo cáo chính trị', 'Báo cáo kiểm điểm', 'Nghị quyết', 'Chương trình hành động', 'Báo cáo tổng kết', 'Điều lệ Đảng', 'Cương lĩnh'];
const KEYS = DOCUMENTS.map((title) => [compareKey(title), title] as const);

export function documentNamed(text: string): string | null {
  const key = compareKey(text);
  for (const [k, title] of KEYS) if (key.includes(k)) return title;
  return null;
}
