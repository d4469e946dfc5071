import type { KeyboardEvent, MutableRefObject } from 'react';
import type { OutlineNode } from '../../shared/outline/outlineNode.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { OutlineActions } from './outlineActions.ts';
import { Avatar } from '../editor/presence/Avatar.tsx';
import type { RemotePerson } from '../editor/presence/usePresence.ts';

/** Drag and drop shared by the whole tree: the dragged section's id and the entry under the pointer. */
export interface DragState {
  dragging: MutableRefObject<string | null>;
  over: string | null;
  setOver(id: string | null): void;
}

/** Arrow keys move between entries; Alt+arrows move or shift the section. */
function onKey(event: KeyboardEvent<HTMLButtonElement>, node: OutlineNode, actions: OutlineActions) {
  const keep = () => requestAnimationFrame(() => document.querySelector<HTMLButtonElement>(`[data-outline-id="${node.id}"]`)?.focus());
  if (event.altKey) {
    const act = { ArrowUp: () => actions.step(node.id, 'up'), ArrowDown: () => actions.step(node.id, 'down'), ArrowLeft: () => actions.shift(node.id, 'promote'), ArrowRight: () => actions.shift(node.id, 'demote') }[event.key];
    if (!act) return;
    event.preventDefault();
    act();
    keep();
    return;
  }
  if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
  event.preventDefault();
  const all = [...document.querySelectorAll<HTMLButtonElement>('[data-outline-id]')];
  all[all.indexOf(event.currentTarget) + (event.key === 'ArrowDown' ? 1 : -1)]?.focus();
}

/** One entry of the outline: number, title, who is in it, counts, promote/demote, and its children. */
export function OutlineItem({ node, actions, drag, here, feedback }: {
  node: OutlineNode; actions: OutlineActions; drag: DragState; here: ReadonlyMap<string, readonly RemotePerson[]>; feedback: ReadonlyMap<string, number>;
}) {
  const { t } = useI18n();
  const people = here.get(node.id) ?? [];
  // A section's own count (feedback is counted by section); a part's, its sections'.
  const comments = node.type === 'section' ? feedback.get(node.id) ?? 0 : node.depth === 0 ? node.children.reduce((n, child) => n + (feedback.get(child.id) ?? 0), 0) : 0;
  const label = [node.number, node.title].filter(Boolean).join(' ');
  return (
    <li role="treeitem" aria-expanded={node.children.length ? true : undefined} aria-label={label}>
      <div
        className={`outline-row depth-${node.depth}${drag.over === node.id ? ' drop-target' : ''}`}
        draggable
        data-testid="outline-item"
        data-block-id={node.id}
        onDragStart={(e) => {
          drag.dragging.current = node.id;
          e.dataTransfer.effectAllowed = 'move';
          e.dataTransfer.setData('text/plain', label);
        }}
        onDragOver={(e) => {
          if (!drag.dragging.current) return;
          e.preventDefault();
          drag.setOver(node.id);
        }}
        onDragLeave={() => drag.setOver(null)}
        onDrop={(e) => {
          e.preventDefault();
          if (drag.dragging.current) actions.move(drag.dragging.current, node.id);
          drag.dragging.current = null;
          drag.setOver(null);
        }}
        onDragEnd={() => {
          drag.dragging.current = null;
          drag.setOver(null);
        }}
      >
        <button type="button" className="outline-jump" data-outline-id={node.id} title={label} onClick={() => actions.jump(node.id)} onKeyDown={(e) => onKey(e, node, actions)}>
          {node.number && <span className="outline-number" data-testid="outline-number">{node.number}</span>}
          <span className="outline-title">{node.title || t('outline.untitled')}</span>
        </button>
        {people.length > 0 && (
          <span className="outline-presence" data-testid="outline-presence" title={t('presence.inSection', { names: people.map((person) => person.user.name).join(', ') })}>
            {people.map((person) => (
              <Avatar key={person.key} user={person.user} />
            ))}
          </span>
        )}
        {comments > 0 && <span className="outline-feedback" data-testid="outline-feedback" title={t('feedback.inEditor.outline', { count: comments })}>{comments}</span>}
        <span className="outline-counts" title={`${t('editor.words', { count: node.words })}, ${t('targets.count', { count: node.targets })}`}>
          {node.words}
          {node.targets > 0 && ` · ${node.targets}◎`}
        </span>
        <span className="outline-shift">
          <button type="button" title={t('outline.promote')} aria-label={t('outline.promote')} onClick={() => actions.shift(node.id, 'promote')}>
            ←
          </button>
          <button type="button" title={t('outline.demote')} aria-label={t('outline.demote')} onClick={() => actions.shift(node.id, 'demote')}>
            →
          </button>
        </span>
      </div>
      {node.children.length > 0 && (
        <ul role="group">
          {node.children.map((child) => (
            <OutlineItem key={child.id} node={child} actions={actions} drag={drag} here={here} feedback={feedback} />
          ))}
        </ul>
      )}
    </li>
  );
}
