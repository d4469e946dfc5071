import type { Translate } from '../i18n/I18nProvider.tsx';
import type { KeptRef } from '../../shared/document/restoreMark.ts';
import type { DraftSide, DraftSummary } from '../../shared/rpc/draftContract.ts';
import { formatDate } from '../ui/formatDate.ts';


/** "Dự thảo lần 3", "Bản làm việc" or "Bản lưu trước khi khôi phục 2" (side "c2"). */
export function sideTitle(t: Translate, side: DraftSide): string {
  if (side === 'working') return t('drafts.working');
  if (typeof side === 'string') return t('drafts.checkpoint.title', { n: side.slice(1) });
  return t('drafts.title', { n: side });
}

/** A kept version's title: a draft or a checkpoint. */
export function keptTitle(t: Translate, kept: KeptRef): string {
  return 'draft' in kept ? t('drafts.title', { n: kept.draft }) : t('drafts.checkpoint.title', { n: kept.checkpoint });
}

/** "Dự thảo lần 3 · 12/5/2025 · Nguyễn Văn A", or just the side's title without a draft. */
export function sideCaption(t: Translate, language: string, side: DraftSide, draft: DraftSummary | null): string {
  if (!draft) return sideTitle(t, side);
  return [sideTitle(t, side), formatDate(draft.createdAt, language), draft.author].join(' · ');
}
