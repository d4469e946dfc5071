import type { Translate } from '../i18n/I18nProvider.tsx';
import type { CheckpointSummary } from '../../shared/rpc/draftContract.ts';

/** "Bản làm việc ngay trước khi khôi phục Dự thảo lần 1": what a checkpoint is the state before. */
export function replacedByText(t: Translate, checkpoint: CheckpointSummary): string {
  const by = checkpoint.replacedBy;
  const what = by.draft
    ? t('drafts.title', { n: by.draft })
    : by.checkpoint
      ? t('drafts.checkpoint.title', { n: by.checkpoint })
      : t('drafts.checkpoint.byFile', { name: by.fileName ?? '' });
  return t('drafts.checkpoint.replacedBy', { what });
}
