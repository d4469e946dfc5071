import type { EditorFeature } from '../editor/EditorFeature.ts';
import { ExportButtons } from './ExportButtons.tsx';

/** Export of the working copy (.docx, .txt, print) at the right end of the editor's toolbar. */
export const exportFeature: EditorFeature = {
  id: 'export',
  toolbar: [
    {
      id: 'export',
      place: 'toolbar',
      order: 700,
      render: ({ workspaceId, documentId, title }) => <ExportButtons workspaceId={workspaceId} documentId={documentId} title={title} />,
    },
  ],
};
