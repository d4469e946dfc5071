/**
 * A date as Party documents write it (Hướng dẫn 36-HD/VPTW): "ngày 03 tháng 02 năm 2026", a day
 * below 10 and the months 1 and 2 with a leading zero. Read in UTC, so a test's date is the same
 * on every machine.
 */
export function reportDate(date: Date): string {
  const day = date.getUTCDate();
  const month = date.getUTCMonth() + 1;
  return `ngày ${day < 10 ? `0${day}` : day} tháng ${month < 3 ? `0${month}` : month} năm ${date.getUTCFullYear()}`;
}
