const localeOf = (language: string) => (language === 'en' ? 'en-GB' : 'vi-VN');

/** A date as the reader's language writes it: 12/5/2025 in Vietnamese. */
export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(localeOf(language));
}

/** A moment as the reader's language writes a time and a date: "14:58 2/12/2026" in Vietnamese. */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toLocaleTimeString(localeOf(language), { hour: '2-digit', minute: '2-digit' })} ${formatDate(iso, language)}`;
}
