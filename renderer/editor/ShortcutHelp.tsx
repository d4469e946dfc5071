import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { BLOCK_CHOICES, shortcutLabel } from '../../shared/editor/blockShortcuts.ts';

/** A "?" button that shows the structure shortcuts in a small popover (also as its tooltip). */
export function ShortcutHelp() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const rows: [string, string][] = [
    ['Tab', t('editor.shortcut.demote')],
    ['Shift+Tab', t('editor.shortcut.promote')],
    ['Enter', t('editor.shortcut.enter')],
    ['Ctrl+F', t('editor.shortcut.find')],
    ['Ctrl+H', t('editor.shortcut.replace')],
    ['F3 / Shift+F3', t('editor.shortcut.findNext')],
    ...BLOCK_CHOICES.filter((c) => c.key).map((c) => [shortcutLabel(c.key!), t(`editor.block.${c.value}` as 'editor.block.paragraph')] as [string, string]),
  ];
  const summary = rows.map(([key, what]) => `${key}: ${what}`).join('\n');
  return (
    <span className="shortcut-help">
      <button type="button" title={summary} aria-expanded={open} aria-label={t('editor.shortcut.title')} onClick={() => setOpen((v) => !v)} data-testid="shortcut-help">
        ?
      </button>
      {open && (
        <div className="popover" role="dialog" aria-label={t('editor.shortcut.title')}>
          <strong>{t('editor.shortcut.title')}</strong>
          <table>
            <tbody>
              {rows.map(([key, what]) => (
                <tr key={key}>
                  <td>
                    <kbd>{key}</kbd>
                  </td>
                  <td>{what}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted small">{t('editor.shortcut.contextMenu')}</p>
        </div>
      )}
    </span>
  );
}
