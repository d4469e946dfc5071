/**
 * Footnotes (word/footnotes.xml) as footnote blocks, in the order the body first refers to
 * them; notes never referred to follow, so none is lost. Separator notes are Word's furniture.
 */
import type { Run, TextBlock } from '../model.ts';
import { joinLines, plainText, trimRuns } from '../runs.ts';
import { childrenNamed, type XmlElement } from '../xml.ts';
import { readParagraph, type DocxContext } from './readParagraph.ts';

export function readFootnotes(root: XmlElement | null, ctx: DocxContext): TextBlock[] {
  if (!root) return [];
  const notes = new Map<string, Run[]>();
  for (const note of childrenNamed(root, 'w:footnote')) {
    const type = note.attrs['w:type'];
    if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') continue;
    const lines = childrenNamed(note, 'w:p')
      .map((p) => trimRuns(readParagraph(p, ctx).runs))
      .filter((runs) => plainText(runs) !== '');
    notes.set(note.attrs['w:id'] ?? '', joinLines(lines));
  }
  const referenced = [...ctx.footnoteOrder.keys()].filter((id) => notes.has(id));
  const rest = [...notes.keys()].filter((id) => !ctx.footnoteOrder.has(id));
  return [...referenced, ...rest].map((id) => ({
    kind: 'text',
    type: 'footnote',
    level: null,
    runs: notes.get(id)!,
    label: null,
    footnoteKey: `fn:${id}`,
  }));
}
