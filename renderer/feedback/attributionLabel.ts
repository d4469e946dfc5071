import type { Attribution } from '../../shared/feedback/model.ts';
import type { Translate } from '../i18n/I18nProvider.tsx';

/** How an item's source match reads in the table and the preview; flagged ones are for a person to settle. */
export function attributionLabel(attribution: Attribution, t: Translate): { text: string; flagged: boolean } {
  switch (attribution.status) {
    case 'matched': return { text: t('feedback.attribution.matched', { confidence: Math.round(attribution.confidence * 100) }), flagged: false };
    case 'manual': return { text: t('feedback.attribution.manual'), flagged: false };
    case 'ambiguous': return { text: t('feedback.attribution.ambiguous'), flagged: true };
    case 'unknown': return { text: t('feedback.attribution.unknown'), flagged: true };
    case 'none': return { text: t('feedback.attribution.none'), flagged: true };
  }
}
