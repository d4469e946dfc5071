/**
 * The themes of the dashboard's heat map: the report's default areas (xây dựng Đảng, kinh tế,
 * văn hóa – xã hội, môi trường, quốc phòng – an ninh, đối ngoại, chỉ tiêu), each suggested for a
 * comment by the keywords it contains, counted on its search key (searchKey). A stand-in
 * until the codebook's tags exist (issue 11, "Tagging"): then an item's theme is its top-level
 * tag. Keywords match whole words ("y tế" not inside "thay tên"), tone placement and case aside
 * but not the tone ("đảng" is not "đang"). The most keywords wins; a tie goes to the theme listed first; none is 'other'.
 */
import { searchKey } from './searchKey.ts';

export const THEME_IDS = ['party', 'economy', 'society', 'environment', 'defence', 'foreign', 'targets', 'other'] as const;
export type ThemeId = (typeof THEME_IDS)[number];

const KEYWORDS: Record<Exclude<ThemeId, 'other'>, string[]> = {
  party: ['đảng', 'chi bộ', 'cấp ủy', 'cán bộ', 'chính trị', 'mặt trận', 'đoàn thể', 'tham nhũng', 'lãng phí', 'kiểm tra, giám sát', 'người đứng đầu', 'hành chính'],
  economy: ['kinh tế', 'đầu tư', 'doanh nghiệp', 'ngân sách', 'hạ tầng', 'giao thông', 'nông nghiệp', 'nông sản', 'thương mại', 'du lịch', 'công nghiệp', 'hợp tác xã', 'vốn', 'đất đai', 'chuyển đổi số'],
  society: ['văn hóa', 'giáo dục', 'y tế', 'việc làm', 'lao động', 'hộ nghèo', 'người có công', 'di tích', 'thanh niên', 'an sinh', 'nhà ở xã hội', 'nước sạch', 'đào tạo', 'truyền thống'],
  environment: ['môi trường', 'ô nhiễm', 'thiên tai', 'sạt lở', 'rác thải', 'biến đổi khí hậu'],
  defence: ['quốc phòng', 'an ninh', 'quân sự', 'trật tự', 'biên giới', 'biển đảo', 'nghĩa vụ quân sự'],
  foreign: ['đối ngoại', 'hội nhập', 'quốc tế'],
  targets: ['chỉ tiêu', 'tỷ lệ', 'tốc độ tăng', 'mục tiêu'],
};

/** Words of a key between single spaces, punctuation made a space, so a keyword matches whole words. */
const spaced = (key: string) => ` ${key.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')} `;

const FOLDED = Object.entries(KEYWORDS).map(([theme, words]) => ({ theme: theme as ThemeId, words: words.map((w) => spaced(searchKey(w))) }));

/** The theme a comment is suggested under, from its search key (searchKey of its text). */
export function themeOfKey(textKey: string): ThemeId {
  const key = spaced(textKey);
  let best: ThemeId = 'other';
  let most = 0;
  for (const { theme, words } of FOLDED) {
    let hits = 0;
    for (const word of words) if (key.includes(word)) hits++;
    if (hits > most) [best, most] = [theme, hits];
  }
  return best;
}
