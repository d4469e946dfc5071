import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../shared/export/exportDocx.ts';
import { exportText } from '../../../shared/export/exportText.ts';
import { corpusReport } from './corpusReport.ts';
import { documentBody, reviewedParagraphs, unzipDocx } from './docxKit.ts';
import { parseXml } from './miniXml.ts';

const CORPUS = ['thong-bao-nhanh-ket-qua-dai-hoi.txt', 'noi-bat-dai-hoi.txt', 'ket-qua-dai-hoi-phuong-thuy-nguyen.txt'];
const read = (name: string) => readFileSync(new URL(`../../../../shared/corpus/${name}`, import.meta.url), 'utf8');

/** Export normalises how numbers are written ("1.1.  X" → "1.1. X", "(7). X" → "(7) X", "• X" → "- X"). */
const squash = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(\(\d+\))\./u, '$1')
    .replace(/^•/u, '-');

describe.each(CORPUS)('exporting the real text %s', (name) => {
  const { doc, labels, lines } = corpusReport(read(name));

  it('prints every line back with its number, as plain text', () => {
    const blocks = exportText(doc, labels).split('\n\n').slice(2); // after the two header groups
    expect(blocks.map(squash)).toEqual(lines.map(squash));
  });

  it('gives one well-formed paragraph per line in the .docx, numbers included', () => {
    const parts = unzipDocx(exportDocx(doc, labels));
    expect(() => parseXml(parts['word/document.xml'])).not.toThrow();
    const paragraphs = reviewedParagraphs(documentBody(parts), 'asIs').slice(1); // after the document type
    expect(paragraphs.map(squash)).toEqual(lines.map(squash));
  });
});
