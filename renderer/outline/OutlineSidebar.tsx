import type { EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { memo, useMemo, useRef, useState } from 'react';
import { flattenDoc } from '../../shared/document/flatten.ts';
import { buildOutline } from '../../shared/outline/buildOutline.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { labelsOf } from '../../shared/editor/plugins/numberingPlugin.ts';
import { outlineActions } from './outlineActions.ts';
import { OutlineItem, type DragState } from './OutlineItem.tsx';

/**
 * The outline sidebar: the section tree with derived numbers and per-section counts. Click
 * jumps; drag an entry onto another to move its section (content included) before it, or onto
 * the end zone; keys: arrows move focus, Alt+↑/↓ move the section, Alt+←/→ promote/demote.
 * Memoised: the page re-renders on every keystroke, the outline only when its settled state changes.
 */
export const OutlineSidebar = memo(function OutlineSidebar({ view, state }: { view: EditorView | null; state: EditorState | null }) {
  const { t } = useI18n();
  const doc = state?.doc ?? null;
  const labels = state ? labelsOf(state) : null;
  const roots = useMemo(() => (doc && labels ? buildOutline(flattenDoc(doc), labels) : []), [doc, labels]);
  const actions = useMemo(() => outlineActions(view), [view]);
  const dragging = useRef<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const drag: DragState = { dragging, over, setOver };

  return (
    <nav className="outline no-print" aria-label={t('outline.title')} data-testid="outline">
      <h2>{t('outline.title')}</h2>
      {roots.length === 0 && <p className="muted small">{t('outline.empty')}</p>}
      <ul role="tree" aria-label={t('outline.title')}>
        {roots.map((node) => (
          <OutlineItem key={node.id} node={node} actions={actions} drag={drag} />
        ))}
      </ul>
      {roots.length > 0 && (
        <div
          className={`outline-end${over === '' ? ' drop-target' : ''}`}
          data-testid="outline-end"
          onDragOver={(e) => {
            e.preventDefault();
            setOver('');
          }}
          onDragLeave={() => setOver(null)}
          onDrop={(e) => {
            e.preventDefault();
            if (dragging.current) actions.move(dragging.current, null);
            dragging.current = null;
            setOver(null);
          }}
        >
          {t('outline.dropEnd')}
        </div>
      )}
    </nav>
  );
});
