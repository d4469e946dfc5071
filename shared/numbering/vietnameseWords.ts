/** Vietnamese number words for labels ("Một là", "Phần thứ hai"). */

const UNITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];

/**
 * The Vietnamese cardinal for 1–99 in lower case ("mười lăm", "hai mươi mốt"); digits beyond 99,
 * where no drafter writes words.
 */
export function cardinalWords(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  if (n < 10) return UNITS[n];
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  const head = tens === 1 ? 'mười' : `${UNITS[tens]} mươi`;
  if (unit === 0) return head;
  // After "mươi" 1 is "mốt" and 4 often "tư"; after any ten 5 is "lăm".
  const tail = unit === 5 ? 'lăm' : unit === 1 && tens > 1 ? 'mốt' : unit === 4 && tens > 1 ? 'tư' : UNITS[unit];
  return `${head} ${tail}`;
}

/** The ordinal after "thứ": "nhất", "hai", "ba", "tư", then cardinals ("mười một"). */
export function ordinalWords(n: number): string {
  if (n === 1) return 'nhất';
  if (n === 4) return 'tư';
  return cardinalWords(n);
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
