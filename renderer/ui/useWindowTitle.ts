import { useEffect } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';

/**
 * The page's title (and so the desktop window's, which follows it) while the calling page is
 * shown: "<name> — Văn Kiện Studio", or the app's name alone while `name` is empty; the app's
 * name again once the page is left.
 */
export function useWindowTitle(name: string): void {
  const { t } = useI18n();
  const app = t('app.name');
  useEffect(() => {
    document.title = name.trim() ? `${name.trim()} — ${app}` : app;
    return () => {
      document.title = app;
    };
  }, [name, app]);
}
