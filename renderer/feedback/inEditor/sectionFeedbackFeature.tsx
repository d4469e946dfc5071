import type { EditorFeature } from '../../editor/EditorFeature.ts';
import { SectionFeedbackPanel } from './SectionFeedbackPanel.tsx';
import './sectionFeedback.css';

/** The comments from subordinate organisations anchored in the caret's section, in a panel on the right the toolbar opens. */
export const sectionFeedbackFeature: EditorFeature = {
  id: 'sectionFeedback',
  panels: [
    {
      id: 'sectionFeedback',
      place: 'right',
      order: 70,
      toggle: { order: 420, label: 'feedback.inEditor.toggle', testId: 'toggle-section-feedback' },
      render: (context) => <SectionFeedbackPanel context={context} />,
    },
  ],
};
