/**
 * Reads a number written the Vietnamese way: "." groups thousands and "," marks decimals
 * ("1.234,5" = 1234.5, "7,5" = 7.5, "11.247" = 11247, "05" = 5). A dot followed by other than
 * groups of three digits is read as a decimal point ("7.5" = 7.5), as in texts typed the English way.
 * Returns null for anything that is not a number token.
 */
export function parseVnNumber(token: string): number | null {
  if (!/^\d+(?:[.,]\d+)*$/u.test(token)) return null;
  if (token.includes(',')) {
    const [whole, ...rest] = token.split(',');
    // "1,234,567" (English thousands) has several commas; read them as grouping.
    if (rest.length > 1) return Number(token.replaceAll(',', '').replaceAll('.', ''));
    return Number(`${whole.replaceAll('.', '')}.${rest[0]}`);
  }
  const groups = token.split('.');
  if (groups.length > 1 && groups.slice(1).every((g) => g.length === 3)) return Number(groups.join(''));
  if (groups.length === 2) return Number(token);
  return Number(groups.join(''));
}
