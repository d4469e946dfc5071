import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Node } from 'prosemirror-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { numberedBlocksOf } from '../../shared/drafts/numberedBlocksOf.ts';
import { exportDraftJob } from '../../main/services/jobs/exportJobs.ts';
import { schema } from '../../shared/editor/schema.ts';
import { importFile } from '../../shared/import/index.ts';
import { trackedDrafts } from '../fixtures/trackedDrafts.ts';
import { CORPUS } from '../helpers/cli.ts';
import { docxLines } from '../helpers/docxLines.ts';
import { type LibreOffice, groupAlive, startLibreOffice } from '../helpers/libreOffice.ts';
import { tempDir } from '../helpers/tempDir.ts';

/** Our export printed by LibreOffice, and LibreOffice's own .docx read by our importer. */
let office: LibreOffice;
let dir: ReturnType<typeof tempDir>;
const CORPUS_FILES = ['thong-bao-nhanh-ket-qua-dai-hoi.txt', 'noi-bat-dai-hoi.txt', 'ket-qua-dai-hoi-phuong-thuy-nguyen.txt'];

beforeAll(async () => {
  dir = tempDir();
  office = await startLibreOffice();
});

afterAll(async () => {
  const group = office?.group;
  await office?.close();
  if (group) expect(groupAlive(group), 'a LibreOffice process outlived close()').toBe(false);
  dir?.remove();
});

/**
 * A text without its spaces: line wrapping, justification and page breaks only move spaces, so
 * what is left must be the same characters in the same order (a word broken after a hyphen, as
 * "57-" / "NQ/TW", stays whole).
 */
const ink = (text: string) => text.replace(/\s+/gu, '');

/** pdftotext's text in content order (-raw: a header cell after the other), the page number our page header prints on pages 2… taken off. */
function pdfText(pdf: string): string {
  const pages = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', timeout: 30_000 }).split('\f');
  return pages.map((page, i) => (i > 0 && page.startsWith(`${i + 1}\n`) ? page.slice(`${i + 1}\n`.length) : page)).join('\n');
}

describe('our export in LibreOffice', () => {
  it('prints to PDF with every character of the draft in order: header, numbers, text', async () => {
    const { newer } = trackedDrafts();
    const docx = join(dir.path, 'draft.docx');
    const bytes = exportDraftJob({ blocks: newer, numbering: null, number: 4, title: 'Thông báo', format: 'docx' }).bytes;
    writeFileSync(docx, bytes);
    await office.convert(docx, join(dir.path, 'draft.pdf'), { filter: 'writer_pdf_Export' });
    const lines = docxLines(bytes);
    expect(lines.slice(0, 2)).toEqual(['DỰ THẢO LẦN 4', 'ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG']);
    expect(lines.filter((l) => /^\(\d+\) /u.test(l)).length, 'numbered targets').toBeGreaterThan(20);
    expect(ink(pdfText(join(dir.path, 'draft.pdf')))).toBe(ink(lines.join('\n')));
  });
});

describe('LibreOffice’s own .docx of the corpus texts', () => {
  it.each(CORPUS_FILES)('%s imports to the same blocks as the text file itself', async (name) => {
    const docx = join(dir.path, name.replace(/\.txt$/, '.docx'));
    await office.convert(CORPUS(name), docx, { filter: 'MS Word 2007 XML', inputFilter: 'Text (encoded)', inputOptions: 'UTF8' });
    const blocksOf = (bytes: Uint8Array, fileName: string) =>
      numberedBlocksOf(Node.fromJSON(schema, importFile(bytes, fileName).doc)).map(({ id: _id, ...rest }) => rest);
    const fromText = blocksOf(new Uint8Array(readFileSync(CORPUS(name))), name);
    const fromOffice = blocksOf(new Uint8Array(readFileSync(docx)), 'office.docx');
    expect(fromText.length).toBeGreaterThan(10);
    expect(fromOffice).toEqual(fromText);
  });
});

describe('the LibreOffice the tests drive', () => {
  it('is ended, with every process it started, when a request passes its time bound', async () => {
    const second = await startLibreOffice();
    const docx = join(dir.path, 'slow.docx');
    writeFileSync(docx, exportDraftJob({ blocks: trackedDrafts().newer, numbering: null, number: 4, title: 'T', format: 'docx' }).bytes);
    await expect(second.convert(docx, join(dir.path, 'slow.pdf'), { filter: 'writer_pdf_Export', timeoutMs: 1 })).rejects.toThrow(/did not answer .* within 1 ms/);
    await second.close();
    expect(groupAlive(second.group)).toBe(false);
    // The other LibreOffice, started for this file, was not touched.
    expect(groupAlive(office.group)).toBe(true);
  });
});
