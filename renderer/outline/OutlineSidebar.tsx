import type { EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { memo, useMemo, useRef, useState } from 'react';
import { flattenDoc } from '../../shared/document/flatten.ts';
import { buildOutline } from '../../shared/outline/buildOutline.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { labelsOf } from '../../shared/editor/plugins/numberingPlugin.ts';
import { outlineActions } from './outlineActions.ts';
import { OutlineItem, type DragState } from './OutlineItem.tsx';
import { sectionPresence } from '../../shared/presence/sectionPresence.ts';
import type { RemotePerson } from '../editor/presence/usePresence.ts';

const NOBODY: readonly RemotePerson[] = [];
const NO_FEEDBACK: ReadonlyMap<string, number> = new Map();

/**
 * The outline sidebar: the section tree with derived numbers and per-section counts. Click
 * jumps; drag an entry onto another to move its section (content included) before it, or onto
 * the end zone; keys: arrows move focus, Alt+↑/↓ move the section, Alt+←/→ promote/demote.
 * Beside each entry, the avatars of the people whose caret is in that section (and not deeper),
 * and how many feedback comments are anchored in it (`feedback`, by section block id; a part
 * counts its sections').
 * Memoised: it re-renders when its settled state changes or someone moves to another block (peopleOf), never per keystroke.
 */
export const OutlineSidebar = memo(function OutlineSidebar({ view, state, people = NOBODY, feedback = NO_FEEDBACK }: {
  view: EditorView | null; state: EditorState | null; people?: readonly RemotePerson[]; feedback?: ReadonlyMap<string, number>;
}) {
  const { t } = useI18n();
  const doc = state?.doc ?? null;
  const labels = state ? labelsOf(state) : null;
  const blocks = useMemo(() => (doc ? flattenDoc(doc) : []), [doc]);
  const roots = useMemo(() => (labels ? buildOutline(blocks, labels) : []), [blocks, labels]);
  const here = useMemo(() => {
    const located = people.flatMap((person) => (person.blockId ? [{ blockId: person.blockId, person }] : []));
    return sectionPresence(roots, blocks.map((block) => block.id), located);
  }, [roots, blocks, people]);
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
          <OutlineItem key={node.id} node={node} actions={actions} drag={drag} here={here} feedback={feedback} />
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
