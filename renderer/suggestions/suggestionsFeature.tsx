import type { EditorFeature } from '../editor/EditorFeature.ts';
import { SuggestionsPanel } from './SuggestionsPanel.tsx';
import { SuggestModeToggle } from './SuggestModeToggle.tsx';
import './suggestions.css';

/** Suggestion mode ("Đề xuất sửa"): its toolbar toggle, and the suggestions panel on the right, always shown beside the comments. */
export const suggestionsFeature: EditorFeature = {
  id: 'suggestions',
  panels: [{ id: 'suggestions', place: 'right', order: 60, render: (context) => <SuggestionsPanel context={context} /> }],
  toolbar: [{ id: 'suggest-mode', place: 'toolbar', order: 250, render: (context) => <SuggestModeToggle context={context} /> }],
};
