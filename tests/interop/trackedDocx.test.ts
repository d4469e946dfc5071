import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Node } from 'prosemirror-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftContentOf } from '../../shared/drafts/draftContentOf.ts';
import { numberedBlocksOf } from '../../shared/drafts/numberedBlocksOf.ts';
import { exportComparisonJob } from '../../main/services/jobs/exportComparisonJob.ts';
import { exportDraftJob } from '../../main/services/jobs/exportJobs.ts';
import { compareBlocks } from '../../shared/compare/compareBlocks.ts';
import { schema } from '../../shared/editor/schema.ts';
import { importFile } from '../../shared/import/index.ts';
import { type BlockJson, trackedDrafts } from '../fixtures/trackedDrafts.ts';
import { docxLines } from '../helpers/docxLines.ts';
import { type LibreOffice, groupAlive, startLibreOffice } from '../helpers/libreOffice.ts';
import { tempDir } from '../helpers/tempDir.ts';

/**
 * The tracked-changes .docx against an independent reader: LibreOffice 7.4 accepts all and
 * rejects all, saves, and the result must be draft 4's and draft 3's own export, character for
 * character (numbers and header included), and import back to each draft's blocks.
 */
let office: LibreOffice;
let dir: ReturnType<typeof tempDir>;
const { older, newer } = trackedDrafts();
const TITLE = 'Thông báo kết quả Đại hội';

const draftFile = (blocks: BlockJson[], number: number) => exportDraftJob({ blocks, numbering: null, number, title: TITLE, format: 'docx' }).bytes;
const stored = (blocks: BlockJson[], number: number) => ({ stored: { blocks, numbering: null }, label: `DỰ THẢO LẦN ${number}` });

/** A draft's blocks as the comparison sees them, ids left out (an import numbers its own). */
const blocksOf = (doc: Node) => numberedBlocksOf(doc).map(({ id: _id, ...rest }) => rest);
const headerOf = (doc: Node) => {
  const { id: _id, ...fields } = doc.firstChild!.attrs;
  return fields;
};

/** LibreOffice's file after accepting or rejecting all, and the tracked changes it left. */
const reviewed: Record<'accept' | 'reject', { bytes: Uint8Array; redlines: number }> = {} as never;
/** LibreOffice's PDF of the tracked .docx as it opens (changes shown) and once all is accepted. */
const printed: Record<'none' | 'accept', string> = {} as never;

/** The non-blank lines of each page of a PDF (pdftotext -layout; a page per form feed, the empty tail dropped) and its first line of text (not its page number). */
function linesPerPage(pdf: string): { count: number; first: string }[] {
  const pages = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', timeout: 30_000 }).split('\f');
  const lines = pages.map((page) => page.split('\n').map((l) => l.trim()).filter(Boolean));
  while (lines.length > 0 && lines[lines.length - 1].length === 0) lines.pop();
  return lines.map((l) => ({ count: l.length, first: l.find((line) => !/^\d+$/u.test(line)) ?? '' }));
}

beforeAll(async () => {
  dir = tempDir();
  office = await startLibreOffice();
  const tracked = exportComparisonJob({ older: stored(older, 3), newer: stored(newer, 4), fileName: 'x.docx', title: TITLE, author: 'Tiểu ban Văn kiện', date: '2025-09-20T00:00:00Z' });
  writeFileSync(join(dir.path, 'tracked.docx'), tracked.bytes);
  for (const mode of ['accept', 'reject'] as const) {
    const output = join(dir.path, `${mode}.docx`);
    const { redlines } = await office.convert(join(dir.path, 'tracked.docx'), output, { filter: 'MS Word 2007 XML', review: mode });
    reviewed[mode] = { bytes: new Uint8Array(readFileSync(output)), redlines };
  }
  for (const review of ['none', 'accept'] as const) {
    printed[review] = join(dir.path, `printed-${review}.pdf`);
    await office.convert(join(dir.path, 'tracked.docx'), printed[review], { filter: 'writer_pdf_Export', review });
  }
});

afterAll(async () => {
  const group = office?.group;
  await office?.close();
  if (group) expect(groupAlive(group), 'a LibreOffice process outlived close()').toBe(false);
  dir?.remove();
});

describe('the tracked-changes .docx in LibreOffice', () => {
  it('holds every kind of change the comparison finds', () => {
    const { changes } = compareBlocks(draftContentOf(older, null).blocks, draftContentOf(newer, null).blocks);
    expect(new Set(changes.map((c) => c.op))).toEqual(new Set(['equal', 'modified', 'inserted', 'deleted', 'moved', 'split', 'merged']));
    expect([...new Set(changes.map((c) => c.class))]).toEqual(expect.arrayContaining([null, 'substantive', 'orthography', 'structure', 'formatting']));
    // The targets after the deleted one keep their places but not their numbers.
    expect(changes.filter((c) => c.op === 'equal' && c.left?.number !== c.right?.number).length).toBeGreaterThan(5);
  });

  it('accept all gives draft 4’s own export, character for character, numbers and header included', () => {
    expect(reviewed.accept.redlines, 'tracked changes left').toBe(0);
    const expected = docxLines(draftFile(newer, 4));
    expect(expected.slice(0, 7)).toEqual(['DỰ THẢO LẦN 4', 'ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG', 'BAN CHẤP HÀNH', '*', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 125-TB/TU', 'Hải Phòng, ngày 20 tháng 9 năm 2025']);
    expect(docxLines(reviewed.accept.bytes)).toEqual(expected);
  });

  it('reject all gives draft 3’s own export, character for character, numbers and header included', () => {
    expect(reviewed.reject.redlines, 'tracked changes left').toBe(0);
    expect(docxLines(reviewed.reject.bytes)).toEqual(docxLines(draftFile(older, 3)));
  });

  it('imports LibreOffice’s accepted and rejected files back to the drafts: header, types, levels, numbers, text, emphasis', () => {
    for (const [mode, blocks, number] of [['accept', newer, 4], ['reject', older, 3]] as const) {
      const imported = Node.fromJSON(schema, importFile(reviewed[mode].bytes, `${mode}.docx`).doc);
      const draft = Node.fromJSON(schema, { type: 'doc', content: blocks });
      expect(headerOf(imported), mode).toEqual({ ...headerOf(draft), draftLabel: `DỰ THẢO LẦN ${number}` });
      expect(blocksOf(imported).slice(1), mode).toEqual(blocksOf(draft).slice(1));
    }
  });

  it.each(['none', 'accept'] as const)('prints (review: %s) with no page left near-empty by a chain of run-in points kept with the next', (review) => {
    const pages = linesPerPage(printed[review]);
    expect(pages.length).toBeGreaterThan(10);
    const full = [...pages.slice(0, -1)].map((p) => p.count).sort((a, b) => a - b)[Math.floor((pages.length - 1) / 2)];
    // Page 1 held 24 lines of the usual 37 when "1. Công tác chuẩn bị Đại hội: …" and the points after it were kept together.
    const short = pages.slice(0, -1).flatMap((p, i) => (p.count < 0.8 * full ? [`page ${i + 1}: ${p.count} of ${full} lines, next page starts “${pages[i + 1].first}”`] : []));
    expect(short).toEqual([]);
  });
});
