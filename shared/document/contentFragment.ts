/** The Y.XmlFragment of a document's Y.Doc that holds its ProseMirror content. */
export const CONTENT_FRAGMENT = 'prosemirror';
