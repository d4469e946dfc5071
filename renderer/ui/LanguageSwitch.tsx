import { useI18n } from '../i18n/I18nProvider.tsx';
import './ui.css';

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <label className="language-switch">
      {t('app.language')}{' '}
      <select value={language} onChange={(e) => setLanguage(e.target.value as 'vi' | 'en')} data-testid="language">
        <option value="vi">Tiếng Việt</option>
        <option value="en">English</option>
      </select>
    </label>
  );
}
