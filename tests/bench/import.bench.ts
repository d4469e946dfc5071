/**
 * Import benchmark: a 40,000-word .docx (the size of a city Political Report, ~1,200 blocks)
 * built from the corpus paragraphs with bold runs, footnotes, a table every 100 blocks and a
 * share of .VnTime runs; `importFile` timed end to end (unzip, XML, recognition, JSON).
 * Target (issue #3): median ≤ 500 ms. Also times a ~40,000-word hard-wrapped .txt (PDF copy).
 */
import { readFileSync } from 'node:fs';
import { importFile } from '../../shared/import/index.ts';
import { unwrapPdfText } from '../../shared/import/text/unwrapPdfText.ts';
import { encodeTcvn3 } from '../../shared/import/legacy/encodeLegacy.ts';
import { buildDocx, p, type DocxSpec, type ParaSpec } from '../fixtures/buildDocx.ts';
import { time } from './stats.ts';

const corpusText = (file: string) => readFileSync(new URL(`../../../shared/corpus/${file}`, import.meta.url), 'utf8');

function corpusParagraphs(): string[] {
  const city = corpusText('thong-bao-nhanh-ket-qua-dai-hoi.txt').split('\n');
  const ward = unwrapPdfText(corpusText('ket-qua-dai-hoi-phuong-thuy-nguyen.txt')).split('\n');
  const paragraphs = [...city, ...ward].map((l) => l.trim()).filter((l) => l.split(/\s+/u).length >= 4);
  // Real reports run ~33 words a block: split long corpus paragraphs at sentence ends.
  return paragraphs.flatMap(splitAtSentences);
}

function splitAtSentences(text: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const sentence of text.split(/(?<=\.)\s+(?=\p{Lu})/u)) {
    current = current ? `${current} ${sentence}` : sentence;
    if (current.split(/\s+/u).length >= 20) {
      out.push(current);
      current = '';
    }
  }
  if (current) out.push(current);
  return out;
}

/** The body of a ~40,000-word report: corpus paragraphs repeated with varied formatting. */
export function reportSpec(targetWords = 40_000): { spec: DocxSpec; words: number; blocks: number } {
  const source = corpusParagraphs();
  const body: DocxSpec['body'] = [];
  const footnotes: NonNullable<DocxSpec['footnotes']> = [];
  let words = 0;
  for (let i = 0; words < targetWords; i++) {
    const text = source[i % source.length];
    words += text.split(/\s+/u).length;
    let para: ParaSpec;
    if (i % 7 === 3 && !/[^\x00-\x7fÀ-ỹ]/u.test(text) && canEncode(text)) para = p({ text: encodeTcvn3(text), font: '.VnTime' });
    else if (i % 3 === 0) {
      const cut = text.indexOf(' ', 20);
      para = cut > 0 ? p({ text: text.slice(0, cut), bold: true }, text.slice(cut)) : p(text);
    } else para = p(text);
    if (i % 40 === 5) {
      footnotes.push({ id: footnotes.length + 1, text: `Ghi chú ${footnotes.length + 1}: ${source[(i + 3) % source.length].slice(0, 80)}` });
      para.runs.push({ text: '', footnote: footnotes.length });
    }
    body.push(para);
    if (i % 100 === 50) body.push({ rows: [0, 1, 2].map((r) => [0, 1, 2].map((c) => ({ paras: [p(`Ô ${r}.${c}`)] }))) });
  }
  return { spec: { body, footnotes }, words, blocks: body.length + footnotes.length };
}

function canEncode(text: string): boolean {
  try {
    encodeTcvn3(text);
    return true;
  } catch {
    return false;
  }
}

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
