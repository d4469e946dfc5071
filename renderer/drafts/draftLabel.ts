import type { Translate } from '../i18n/I18nProvider.tsx';
import type { DraftSide, DraftSummary } from './draftRpc.ts';

/** A date as the reader's language writes it: 12/5/2025 in Vietnamese. */
export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(language === 'en' ? 'en-GB' : 'vi-VN');
}

/** "Dự thảo lần 3" or "Bản làm việc". */
export function sideTitle(t: Translate, side: DraftSide): string {
  return side === 'working' ? t('drafts.working') : t('drafts.title', { n: side });
}

/** "Dự thảo lần 3 · 12/5/2025 · Nguyễn Văn A", or just the side's title without a draft. */
export function sideCaption(t: Translate, language: string, side: DraftSide, draft: DraftSummary | null): string {
  if (!draft) return sideTitle(t, side);
  return [sideTitle(t, side), formatDate(draft.createdAt, language), draft.author].join(' · ');
}
