/**
 * The themes of the dashboard's heat map: the report's default areas (xây dựng Đảng, kinh tế,
 * văn hóa – xã hội, môi trường, quốc phòng – an ninh, đối ngoại, chỉ tiêu), each suggested for a
 * comment by the keywords it contains, counted on its search key (searchKey). A stand-in
 * until the codebook's tags exist (issue 11, "Tagging"): then an item's theme is its top-level
 * tag. Keywords match whole words ("y tế" not inside "thay tên"), tone placement and case aside
 * but not the tone ("đảng" is not "đang"). The most keywords wins; a tie goes to the theme listed first; none is 'other'.
 */
import { keyWords, searchKey } from './searchKey.ts';

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

/** Keyword phrases by their first word: [the phrase's words, its theme]. */
const BY_FIRST_WORD = new Map<string, { words: string[]; theme: ThemeId }[]>();
for (const [theme, phrases] of Object.entries(KEYWORDS)) {
  for (const phrase of phrases) {
    const words = keyWords(searchKey(phrase));
    BY_FIRST_WORD.set(words[0], [...(BY_FIRST_WORD.get(words[0]) ?? []), { words, theme: theme as ThemeId }]);
  }
}
const ORDER = new Map(THEME_IDS.map((theme, i) => [theme, i]));

/**
 * The theme a comment is suggested under, from its search key (searchKey of its text): its words
 * looked up once each by the phrases they start (a substring search per keyword took 65 µs a
 * comment, most of the index's build).
 */
export function themeOfKey(key: string): ThemeId {
  const words = keyWords(key);
  const found = new Map<ThemeId, Set<string>>();
  for (let i = 0; i < words.length; i++) {
    for (const phrase of BY_FIRST_WORD.get(words[i]) ?? []) {
      if (phrase.words.every((word, k) => words[i + k] === word)) found.set(phrase.theme, (found.get(phrase.theme) ?? new Set()).add(phrase.words.join(' ')));
    }
  }
  let best: ThemeId = 'other';
  let most = 0;
  for (const [theme, phrases] of found) {
    if (phrases.size > most || (phrases.size === most && ORDER.get(theme)! < ORDER.get(best)!)) [best, most] = [theme, phrases.size];
  }
  return best;
}
