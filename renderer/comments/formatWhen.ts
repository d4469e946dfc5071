/** When a comment was written, as the reader's language writes a date and time: "14:58 2/12/2026" in Vietnamese. */
export function formatWhen(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = language === 'en' ? 'en-GB' : 'vi-VN';
  return `${date.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' })} ${date.toLocaleDateString(locale)}`;
}
