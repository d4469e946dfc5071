import type { EditorFeature } from '../editor/EditorFeature.ts';
import { DraftsButton } from './DraftsButton.tsx';
import './drafts.css';

/** Drafts in the editor's top bar: the drafts panel, attribution, the notices of a restore and a repair. */
export const draftsFeature: EditorFeature = {
  id: 'drafts',
  toolbar: [
    {
      id: 'drafts',
      place: 'topbar',
      order: 100,
      render: ({ workspaceId, documentId, view, synced }) => <DraftsButton workspaceId={workspaceId} documentId={documentId} view={view} synced={synced} />,
    },
  ],
};
