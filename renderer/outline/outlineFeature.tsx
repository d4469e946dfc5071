import type { EditorFeature } from '../editor/EditorFeature.ts';
import { OutlineSidebar } from './OutlineSidebar.tsx';
import './outline.css';

/** The outline on the left of the page. */
export const outlineFeature: EditorFeature = {
  id: 'outline',
  panels: [{ id: 'outline', place: 'left', order: 100, render: ({ view, settled }) => <OutlineSidebar view={view} state={settled} /> }],
};
