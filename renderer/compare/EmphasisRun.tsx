import type { ReactNode } from 'react';
import type { Emphasis } from '../../shared/document/flatBlock.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

/** "đậm, nghiêng" / "thường": an emphasis named for a tooltip. */
function emphasisName(t: ReturnType<typeof useI18n>['t'], e: Emphasis | undefined): string {
  const names = [e?.bold && t('compare.emphasis.bold'), e?.italic && t('compare.emphasis.italic'), e?.underline && t('compare.emphasis.underline')].filter(Boolean);
  return names.length > 0 ? names.join(', ') : t('compare.emphasis.plain');
}

/** Text drawn with an emphasis: <b>, <i>, <u> as it has them. */
export function emphasised(text: ReactNode, e: Emphasis | undefined): ReactNode {
  let out = text;
  if (e?.bold) out = <b>{out}</b>;
  if (e?.italic) out = <i>{out}</i>;
  if (e?.underline) out = <u>{out}</u>;
  return out;
}

/**
 * A run whose bold, italic or underline changed between the drafts (class formatting): drawn with
 * the emphasis it has on its side, marked, the change named in its tooltip ("Định dạng: thường →
 * đậm").
 */
export function FormattingRun({ text, emphasis, before }: { text: string; emphasis: Emphasis | undefined; before: Emphasis | undefined }) {
  const { t } = useI18n();
  const title = t('compare.formatChange', { from: emphasisName(t, before), to: emphasisName(t, emphasis) });
  return (
    <mark className="cls-formatting" title={title} data-testid="formatting-run">
      {emphasised(text, emphasis)}
    </mark>
  );
}
