import { CONTENT_FRAGMENT } from '../../shared/document/contentFragment.ts';
import type { EditorContext, EditorFeature } from '../editor/EditorFeature.ts';
import { usePresence } from '../editor/presence/usePresence.ts';
import { useFeedbackGeneration, useSectionCounts } from '../feedback/inEditor/useSectionFeedback.ts';
import { OutlineSidebar } from './OutlineSidebar.tsx';
import './outline.css';

/** The outline with who is in which section (avatars beside the entries) and how many feedback comments are anchored in each. */
function Outline({ context }: { context: EditorContext }) {
  const people = usePresence(context.awareness, context.ydoc, context.ydoc?.getXmlFragment(CONTENT_FRAGMENT) ?? null);
  const feedback = useSectionCounts(context.workspaceId, context.documentId, useFeedbackGeneration(context.workspaceId));
  return <OutlineSidebar view={context.view} state={context.settled} people={people} feedback={feedback} />;
}

/** The outline on the left of the page. */
export const outlineFeature: EditorFeature = {
  id: 'outline',
  panels: [{ id: 'outline', place: 'left', order: 100, render: (context) => <Outline context={context} /> }],
};
