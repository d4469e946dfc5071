import type { Command } from 'prosemirror-state';
import { TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type MouseEvent as ReactMouseEvent, type KeyboardEvent } from 'react';
import { deleteSection } from '../../shared/editor/commands/deleteSection.ts';
import { demote, promote } from '../../shared/editor/commands/promoteDemote.ts';
import { duplicateSection } from '../../shared/editor/commands/duplicateSection.ts';
import { chooseBlockType } from '../../shared/editor/commands/chooseBlockType.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { BLOCK_CHOICES, shortcutLabel } from '../../shared/editor/blockShortcuts.ts';
import { moveSectionStep } from '../../shared/editor/commands/sectionCommands.ts';
import { placeMenu, type MenuPlacement } from './menuPlacement.ts';

export interface MenuPlace {
  x: number;
  y: number;
  blockId: string;
}

/** Right click in the page: the cursor moves to the clicked block (unless it is in the selection) and the menu opens there. */
export function useBlockContextMenu(view: EditorView | null) {
  const [at, setAt] = useState<MenuPlace | null>(null);
  const open = useCallback(
    (event: ReactMouseEvent) => {
      if (!view) return;
      const hit = view.posAtCoords({ left: event.clientX, top: event.clientY });
      if (!hit) return;
      const { from, to } = view.state.selection;
      if (hit.pos < from || hit.pos > to) view.dispatch(view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(hit.pos))));
      const $pos = view.state.selection.$from;
      const blockId = $pos.depth >= 1 ? ($pos.node(1).attrs.id as string | null) : null;
      if (!blockId) return;
      event.preventDefault();
      setAt({ x: event.clientX, y: event.clientY, blockId });
    },
    [view],
  );
  return { at, open, close: useCallback(() => setAt(null), []) };
}

/** Block types, promote/demote, duplicate, move and delete for the block under the mouse. */
export function BlockContextMenu({ view, at, onClose }: { view: EditorView; at: MenuPlace; onClose(): void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<MenuPlacement>({ left: at.x, top: at.y, maxHeight: null });
  // Measured before it is painted, then kept inside the window (it was cut off at the bottom and right).
  useLayoutEffect(() => {
    const menu = ref.current!;
    setPlace(placeMenu(at.x, at.y, { width: menu.offsetWidth, height: menu.scrollHeight + menu.offsetHeight - menu.clientHeight }, { width: window.innerWidth, height: window.innerHeight }));
  }, [at.x, at.y]);
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const away = (event: MouseEvent) => ref.current?.contains(event.target as Node) || onClose();
    window.addEventListener('mousedown', away);
    return () => window.removeEventListener('mousedown', away);
  }, [onClose]);
  const item = (label: string, command: Command, testId?: string, hint?: string) => (
    <button
      type="button"
      role="menuitem"
      key={label}
      disabled={!command(view.state)}
      data-testid={testId}
      onClick={() => {
        command(view.state, view.dispatch, view);
        onClose();
        view.focus();
      }}
    >
      {label}
      {hint && <span className="muted small"> {hint}</span>}
    </button>
  );
  return (
    <div ref={ref} className="context-menu" role="menu" style={{ left: place.left, top: place.top, maxHeight: place.maxHeight ?? undefined }} onKeyDown={(e) => menuKeys(e, onClose)} data-testid="context-menu">
      {BLOCK_CHOICES.map((c) =>
        item(t(`editor.block.${c.value}` as 'editor.block.paragraph'), chooseBlockType(c), `menu-${c.value}`, c.key ? shortcutLabel(c.key) : undefined),
      )}
      <hr />
      {item(t('editor.menu.promote'), promote(), 'menu-promote', 'Shift+Tab')}
      {item(t('editor.menu.demote'), demote(), 'menu-demote', 'Tab')}
      {item(t('editor.menu.moveUp'), moveSectionStep(at.blockId, 'up'), 'menu-move-up')}
      {item(t('editor.menu.moveDown'), moveSectionStep(at.blockId, 'down'), 'menu-move-down')}
      {item(t('editor.menu.duplicate'), duplicateSection(at.blockId), 'menu-duplicate')}
      {item(t('editor.menu.delete'), deleteSection(at.blockId), 'menu-delete')}
    </div>
  );
}

/** Arrow keys move between items, Escape closes. */
function menuKeys(event: KeyboardEvent<HTMLDivElement>, onClose: () => void) {
  if (event.key === 'Escape') return onClose();
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  event.preventDefault();
  const items = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
  const index = items.indexOf(document.activeElement as HTMLButtonElement);
  const next = (index + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
  items[next]?.focus();
}
