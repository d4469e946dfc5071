/**
 * Import benchmark: a 40,000-word .docx (the size of a city Political Report, ~1,200 blocks)
 * built from the corpus paragraphs with bold runs, footnotes, a table every 100 blocks and a
 * share of .VnTime runs; `importFile` timed end to end (unzip, XML, recognition, JSON).
 * Target (issue #3): median ≤ 500 ms. Also times a ~40,000-word hard-wrapped .txt (PDF copy).
 */
import { importFile } from '../../shared/import/index.ts';
import { buildDocx } from '../fixtures/buildDocx.ts';
import { corpusText, reportSpec } from '../fixtures/reportDocx.ts';
import { time } from './stats.ts';

export async function run(): Promise<Record<string, unknown>> {
  const { spec, words, blocks } = reportSpec();
  const bytes = buildDocx(spec);
  const timing = await time(() => importFile(bytes, 'bao-cao-chinh-tri.docx'), 20, 3);
  const result = importFile(bytes, 'bao-cao-chinh-tri.docx');
  // The hard-wrapped ward report repeated to ~40,000 words: unwrapping plus recognition.
  const wrapped = new TextEncoder().encode(Array(9).fill(corpusText('ket-qua-dai-hoi-phuong-thuy-nguyen.txt')).join('\n\n\n'));
  const textTiming = await time(() => importFile(wrapped, 'bao-cao.txt'), 20, 3);
  return {
    words,
    sourceBlocks: blocks,
    importedBlocks: result.doc.content.length,
    docxKB: Math.round(bytes.length / 1024),
    importDocxMs: timing,
    targetMs: 500,
    hardWrappedTextKB: Math.round(wrapped.length / 1024),
    importHardWrappedTextMs: textTiming,
  };
}
