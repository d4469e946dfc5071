/**
 * TCVN3 (TCVN 5712:1993 "VN3", the ABC fonts .VnTime, .VnArial …). Each Vietnamese letter is
 * one byte in 0xA1–0xFE. In the normal fonts only the seven bare capitals Ă Â Ê Ô Ơ Ư Đ exist;
 * the capital fonts (.VnTimeH, .VnArialH …) draw every byte, ASCII letters included, as a
 * capital, so a run in an …H font is decoded with this table and then upper-cased.
 */

/** Byte → letter, lower case, grouped by base vowel (unaccented, then à ả ã á ạ order of bytes). */
const ROWS: [number, string][] = [
  [0xb5, 'à'], [0xb6, 'ả'], [0xb7, 'ã'], [0xb8, 'á'], [0xb9, 'ạ'],
  [0xa8, 'ă'], [0xbb, 'ằ'], [0xbc, 'ẳ'], [0xbd, 'ẵ'], [0xbe, 'ắ'], [0xc6, 'ặ'],
  [0xa9, 'â'], [0xc7, 'ầ'], [0xc8, 'ẩ'], [0xc9, 'ẫ'], [0xca, 'ấ'], [0xcb, 'ậ'],
  [0xae, 'đ'],
  [0xcc, 'è'], [0xce, 'ẻ'], [0xcf, 'ẽ'], [0xd0, 'é'], [0xd1, 'ẹ'],
  [0xaa, 'ê'], [0xd2, 'ề'], [0xd3, 'ể'], [0xd4, 'ễ'], [0xd5, 'ế'], [0xd6, 'ệ'],
  [0xd7, 'ì'], [0xd8, 'ỉ'], [0xdc, 'ĩ'], [0xdd, 'í'], [0xde, 'ị'],
  [0xdf, 'ò'], [0xe1, 'ỏ'], [0xe2, 'õ'], [0xe3, 'ó'], [0xe4, 'ọ'],
  [0xab, 'ô'], [0xe5, 'ồ'], [0xe6, 'ổ'], [0xe7, 'ỗ'], [0xe8, 'ố'], [0xe9, 'ộ'],
  [0xac, 'ơ'], [0xea, 'ờ'], [0xeb, 'ở'], [0xec, 'ỡ'], [0xed, 'ớ'], [0xee, 'ợ'],
  [0xef, 'ù'], [0xf1, 'ủ'], [0xf2, 'ũ'], [0xf3, 'ú'], [0xf4, 'ụ'],
  [0xad, 'ư'], [0xf5, 'ừ'], [0xf6, 'ử'], [0xf7, 'ữ'], [0xf8, 'ứ'], [0xf9, 'ự'],
  [0xfa, 'ỳ'], [0xfb, 'ỷ'], [0xfc, 'ỹ'], [0xfd, 'ý'], [0xfe, 'ỵ'],
  // The bare capitals of the normal fonts.
  [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
];

/** TCVN3 byte → Unicode letter (NFC). Bytes not listed are the same as in Windows-1252. */
export const TCVN3_TO_UNICODE: ReadonlyMap<number, string> = new Map(ROWS);

/** Unicode letter → TCVN3 byte, for the normal fonts (capitals with tones have no byte there). */
export const UNICODE_TO_TCVN3: ReadonlyMap<string, number> = new Map(ROWS.map(([b, ch]) => [ch, b]));

/** True for the ABC fonts: ".VnTime", ".VnArialH", ".VnCentury Schoolbook" … */
export function isTcvn3Font(font: string): boolean {
  return /^\.vn/i.test(font.trim());
}

/** True for the ABC capital fonts (".VnTimeH", ".VnArialH", ".VnBlackH" …). */
export function isTcvn3CapitalFont(font: string): boolean {
  return isTcvn3Font(font) && /H$/.test(font.trim());
}
