import type { EditorFeature } from '../editor/EditorFeature.ts';
import { CommentsPanel } from './CommentsPanel.tsx';
import './comments.css';

/** Comments on ranges of the text, in a panel on the right, always shown: reviewers open a document to comment on it. */
export const commentsFeature: EditorFeature = {
  id: 'comments',
  panels: [
    {
      id: 'comments',
      place: 'right',
      order: 50,
      render: (context) => <CommentsPanel context={context} />,
    },
  ],
};
