/** A number in Vietnamese notation: "." groups thousands, "," is the decimal mark. */
const VIETNAMESE_NUMBER = /^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;

/**
 * The value of "1.234,5", "11.247", "7,5", "01"; null for anything else ("1.1", "2.5.3" are
 * section numbers, not values).
 */
export function parseVietnameseNumber(text: string): number | null {
  if (!VIETNAMESE_NUMBER.test(text)) return null;
  return Number(text.replaceAll('.', '').replace(',', '.'));
}
