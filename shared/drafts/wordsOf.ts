import type { Node } from 'prosemirror-model';
import { flattenDoc } from '../document/flatten.ts';
import { countWords } from '../text/countWords.ts';

/** Words of a document, as the draft list shows them. */
export function wordsOf(doc: Node): number {
  return flattenDoc(doc).reduce((sum, block) => sum + countWords(block.text), 0);
}
