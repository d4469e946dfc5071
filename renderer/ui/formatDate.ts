/** A date as the reader's language writes it: 12/5/2025 in Vietnamese. */
export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(language === 'en' ? 'en-GB' : 'vi-VN');
}
