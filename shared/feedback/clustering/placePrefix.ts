/**
 * The place a comment opens with ("Mục I, tiểu mục 2.1: …", "Chỉ tiêu (3) mục II: …", "Trang 5,
 * dòng 3: …"), as a key ('' when it opens otherwise). Two comments that open with different
 * places are two comments, however alike the rest ("Mục I: đề nghị làm rõ lộ trình …" and "Mục
 * XXIX: đề nghị làm rõ lộ trình …"). One anchored, bounded regex on the fold of the first
 * LEAD characters, tried only when the first letter can start one: 0.2–0.3 s per 100,000
 * comments (recognising every reference would cost 1.5–2 s).
 */
import { foldText } from '../foldText.ts';

const LEAD = 64;
/** What such an opening can start with, folded: m(ục), t(iểu mục, rang), c(hỉ tiêu), p(hần), đ/d(iểm, òng). */
const FIRST = /^[\s"“'(]{0,3}[mtcpđd]/iu;
const f = foldText;
const WORDS = ['tiểu mục', 'mục', 'chỉ tiêu', 'phần', 'điểm', 'trang', 'dòng'].map((w) => f(w).replace(/ /gu, '\\s{1,3}')).join('|');
const LABEL = `(?:\\(\\s{0,2}\\d{1,3}\\s{0,2}\\)|${f('thứ')}\\s{1,3}\\p{L}{2,5}|[ivxlc]{1,7}|\\d{1,3}|[a-zđ])(?:\\.\\d{1,3}){0,4}(?![\\p{L}\\p{N}])`;
const PREFIX = new RegExp(`^[\\s"“'(]{0,3}((?:(?:${WORDS})\\s{0,3}(?:${f('số')}\\s{1,3})?${LABEL}[\\s,;:.–-]{0,4}){1,4})`, 'u');

export function placePrefix(text: string): string {
  const lead = text.slice(0, LEAD);
  if (!FIRST.test(lead)) return '';
  const m = PREFIX.exec(foldText(lead));
  return m ? m[1].replace(/[^\p{L}\p{N}]+/gu, ' ').trim() : '';
}
