/**
 * Find in the editor ("Tìm và thay thế") on the 40,000-word generated report: the time to find a
 * common word once the blocks are tokenised (every keystroke in the find box), the first search
 * in a freshly opened document (tokenising every block), and the search again after typing in
 * one block (only that block is looked at). Target: well under 20 ms.
 */
import { Transform } from 'prosemirror-transform';
import { docFromFlatBlocks } from '../../shared/document/build.ts';
import { createFinder, findInDoc } from '../../shared/document/findInDoc.ts';
import { schema } from '../../shared/document/schema.ts';
import { generateReport } from '../fixtures/generators/report.ts';
import { time } from './stats.ts';

export async function run(): Promise<Record<string, unknown>> {
  const blocks = generateReport({ words: 40_000, seed: 7 });
  const doc = docFromFlatBlocks(blocks);
  const queries = ['phát triển', 'và', 'kinh tế - xã hội', 'Đảng bộ'];
  findInDoc(doc, 'x'); // tokenise once, as the first search of the session would
  const warm: Record<string, unknown> = {};
  for (const query of queries) warm[query] = { matches: findInDoc(doc, query).length, ms: await time(() => findInDoc(doc, query), 50, 5) };

  // A new document each run: every block tokenised again (the first search after opening).
  const fresh = Array.from({ length: 20 }, () => docFromFlatBlocks(blocks));
  let next = 0;
  const firstSearch = await time(() => findInDoc(fresh[next++ % fresh.length], 'phát triển'), 15, 5);

  // Typing in one block while the find bar is open: the same finder looks at that block only.
  const finder = createFinder('phát triển');
  finder(doc);
  let inMiddleBlock = 0;
  doc.forEach((_block, offset, index) => void (index === doc.childCount >> 1 && (inMiddleBlock = offset + 1)));
  let k = 0;
  const afterTyping = await time(() => finder(new Transform(doc).insert(inMiddleBlock, schema.text(`x${k++} `)).doc), 50, 5);

  return {
    blocks: blocks.length,
    words: blocks.reduce((n, b) => n + b.text.split(/\s+/u).length, 0),
    findCommonWord_ms: warm,
    firstSearchInNewDocument_ms: { matches: findInDoc(fresh[0], 'phát triển').length, ms: firstSearch },
    searchAgainAfterTyping_ms: afterTyping,
    target_ms: 20,
  };
}
