import type { ReactNode } from 'react';
import { navigate } from '../route/route.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

/** The top bar of a page about one document (a draft, a comparison, the changes): back to its editor, a title, actions. */
export function DocumentTopbar(props: { workspaceId: string; documentId: string; titleTestId?: string; title: string; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <header className="topbar">
      <button
        type="button"
        className="link"
        onClick={() => navigate({ page: 'editor', workspaceId: props.workspaceId, documentId: props.documentId })}
        data-testid="compare-back"
      >
        {t('compare.back')}
      </button>
      {/* One line, cut with an ellipsis; the whole title shows on hover. */}
      <h1 data-testid={props.titleTestId} title={props.title}>
        {props.title}
      </h1>
      {props.children}
    </header>
  );
}
