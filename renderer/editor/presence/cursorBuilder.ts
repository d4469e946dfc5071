import type { DecorationAttrs } from 'prosemirror-view';
import { safeColour } from './safeColour.ts';

interface CursorUser {
  name?: unknown;
  color?: unknown;
}

const nameOf = (user: CursorUser) => (typeof user.name === 'string' ? user.name : '');

/**
 * Another person's caret for y-prosemirror's yCursorPlugin: a coloured bar whose name shows
 * above it on hover (as in Google Docs), and for a moment after the person moves (CSS). The name
 * goes in as textContent and the colour through `style.setProperty` of a checked palette value
 * (safeColour), never as HTML or a style string: a state cannot inject markup or CSS, even from a
 * server that forgot to stamp it.
 */
export function presenceCursor(user: CursorUser): HTMLElement {
  const caret = document.createElement('span');
  caret.className = 'presence-caret';
  caret.style.setProperty('--presence-colour', safeColour(user.color));
  caret.setAttribute('data-testid', 'presence-caret');
  const label = document.createElement('span');
  label.className = 'presence-caret-name';
  label.textContent = nameOf(user);
  caret.append('\u2060', label, '\u2060');
  return caret;
}

/** The other person's selection: their colour, faint (the colour checked as for the caret). */
export function presenceSelection(user: CursorUser): DecorationAttrs {
  return { class: 'presence-selection', style: `background-color: ${safeColour(user.color)}33` };
}
