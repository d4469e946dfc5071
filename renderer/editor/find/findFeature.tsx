import type { EditorFeature } from '../EditorFeature.ts';
import { FindBar } from './FindBar.tsx';
import { FindButton } from './FindButton.tsx';
import './find.css';

/** Find and replace: the bar above the text (with Ctrl+F, Ctrl+H, F3 on the whole page) and its toolbar button. */
export const findFeature: EditorFeature = {
  id: 'find',
  panels: [{ id: 'find-bar', place: 'top', order: 100, render: ({ view, states, readOnly }) => <FindBar view={view} states={states} readOnly={readOnly} /> }],
  toolbar: [{ id: 'find-open', place: 'toolbar', order: 200, render: ({ view }) => <FindButton view={view} /> }],
};
