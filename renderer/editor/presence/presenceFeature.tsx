import { CONTENT_FRAGMENT } from '../../../shared/document/contentFragment.ts';
import type { EditorContext, EditorFeature } from '../EditorFeature.ts';
import { PresenceBar } from './PresenceBar.tsx';
import { usePresence } from './usePresence.ts';
import './presence.css';

function Presence({ context }: { context: EditorContext }) {
  const fragment = context.ydoc?.getXmlFragment(CONTENT_FRAGMENT) ?? null;
  const people = usePresence(context.awareness, context.ydoc, fragment);
  return <PresenceBar awareness={context.awareness} people={people} />;
}

/** Who else is in the document, and who you are, in the top bar. Cursors are drawn by yCursorPlugin (editorPlugins). */
export const presenceFeature: EditorFeature = {
  id: 'presence',
  toolbar: [{ id: 'presence', place: 'topbar', order: 900, render: (context) => <Presence context={context} /> }],
};
