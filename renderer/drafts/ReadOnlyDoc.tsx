import { Node } from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { useEffect, useRef } from 'react';
import { schema } from '../../shared/editor/schema.ts';
import { readOnlyPlugins } from '../editor/readOnlyPlugins.ts';

interface Props {
  /** ProseMirror JSON of the document (draft.get's `doc`). */
  doc: unknown;
  /** Block id → displayed number. */
  numbers: ReadonlyMap<string, string>;
}

/** A document drawn by ProseMirror exactly as the editor draws it, numbers and run-in headings included, but nobody can type in it. */
export function ReadOnlyDoc({ doc, numbers }: Props) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const state = EditorState.create({ schema, doc: Node.fromJSON(schema, doc), plugins: readOnlyPlugins(numbers) });
    const view = new EditorView(host.current, { state, editable: () => false, attributes: { lang: 'vi', 'aria-readonly': 'true' } });
    return () => view.destroy();
  }, [doc, numbers]);
  return <div className="page read-only" ref={host} data-testid="read-only-doc" />;
}
