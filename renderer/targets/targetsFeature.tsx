import type { EditorFeature } from '../editor/EditorFeature.ts';
import { TargetsPanel } from './TargetsPanel.tsx';
import './targets.css';

/** The targets table on the right of the page, opened from the toolbar. */
export const targetsFeature: EditorFeature = {
  id: 'targets',
  panels: [
    {
      id: 'targets',
      place: 'right',
      order: 100,
      toggle: { order: 400, label: 'targets.open', testId: 'targets-toggle' },
      render: ({ view, settled }, close) => <TargetsPanel view={view} state={settled} onClose={close} />,
    },
  ],
};
