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
import { documentBody, reviewedBoldOff, unzipDocx } from '../unit/export/docxKit.ts';
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
/** The same for the two drafts without their header: each is stamped all the same. */
const reviewedBare: Record<'accept' | 'reject', { bytes: Uint8Array; redlines: number }> = {} as never;
const bare = (blocks: BlockJson[]) => blocks.filter((b) => b.type !== 'header');
/** LibreOffice's PDF of the tracked .docx as it opens (changes shown) and once all is accepted. */
const printed: Record<'none' | 'accept', string> = {} as never;

/** The non-blank lines of each page of a PDF (pdftotext -layout; a page per form feed, the empty tail dropped) and its first line of text (not its page number). */
function linesPerPage(pdf: string): { count: number; first: string }[] {
  const pages = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', timeout: 30_000 }).split('\f');
  const lines = pages.map((page) => page.split('\n').map((l) => l.trim()).filter(Boolean));
  while (lines.length > 0 && lines[lines.length - 1].length === 0) lines.pop();
  return lines.map((l) => ({ count: l.length, first: l.find((line) => !/^\d+$/u.test(line)) ?? '' }));
}

/** Each line of a PDF's text (pdftohtml -xml, one `<text>` per line) and the part of it in bold, spaces squeezed. */
function boldPerLine(pdf: string): { text: string; bold: string }[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', pdf], { encoding: 'utf8', timeout: 30_000 });
  const squeeze = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
  const lines: { top: number; text: string; bold: string }[] = [];
  let page = 0;
  for (const m of xml.matchAll(/<page number="(\d+)"|<text top="(\d+)"[^>]*>(.*?)<\/text>/g)) {
    if (m[1]) page = Number(m[1]);
    else {
      // pdftohtml cuts a line where its font changes: pieces at one height on a page are one line.
      const top = page * 100_000 + Number(m[2]);
      const bold = [...m[3].matchAll(/<b>(.*?)<\/b>/g)].map((b) => b[1]).join(' ');
      const last = lines[lines.length - 1];
      if (last && last.top === top) Object.assign(last, { text: `${last.text} ${m[3]}`, bold: `${last.bold} ${bold}` });
      else lines.push({ top, text: m[3], bold });
    }
  }
  return lines.map((l) => ({ text: squeeze(l.text), bold: squeeze(l.bold) }));
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
  const trackedBare = exportComparisonJob({ older: stored(bare(older), 3), newer: stored(bare(newer), 4), fileName: 'x.docx', title: TITLE, author: 'Tiểu ban Văn kiện', date: '2025-09-20T00:00:00Z' });
  writeFileSync(join(dir.path, 'tracked-bare.docx'), trackedBare.bytes);
  for (const mode of ['accept', 'reject'] as const) {
    const output = join(dir.path, `${mode}-bare.docx`);
    const { redlines } = await office.convert(join(dir.path, 'tracked-bare.docx'), output, { filter: 'MS Word 2007 XML', review: mode });
    reviewedBare[mode] = { bytes: new Uint8Array(readFileSync(output)), redlines };
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

  it('accept all and reject all give each draft’s run-in points as its own export prints them: only number and lead-in bold', () => {
    const boldOff = (bytes: Uint8Array) => reviewedBoldOff(documentBody(unzipDocx(bytes)), 'asIs').filter((s) => s.length > 0);
    const expected = boldOff(draftFile(newer, 4));
    expect(expected.length).toBeGreaterThan(5);
    expect(boldOff(reviewed.accept.bytes)).toEqual(expected);
    expect(boldOff(reviewed.reject.bytes)).toEqual(boldOff(draftFile(older, 3)));
  });

  it.each(['none', 'accept'] as const)('prints (review: %s) a run-in point with only its number and lead-in in bold', (review) => {
    const lines = boldPerLine(printed[review]);
    for (const leadIn of ['1. Công tác chuẩn bị Đại hội:', '2. Điểm nổi bật của Đại hội:']) {
      const at = lines.findIndex((l) => l.text.startsWith(leadIn));
      expect(at, leadIn).toBeGreaterThanOrEqual(0);
      expect(lines[at].bold, leadIn).toBe(leadIn);
      expect(lines[at].text.length).toBeGreaterThan(leadIn.length + 20);
    }
    // The body's following lines are body text: "trương, khoa học, bài bản…" has no bold.
    const next = lines.findIndex((l) => l.text.startsWith('1. Công tác chuẩn bị Đại hội:')) + 1;
    expect(lines[next].bold).toBe('');
  });

  it.each(['accept', 'reject'] as const)('stamps drafts without a header: %s all gives that draft’s own export, “DỰ THẢO LẦN N” first', (mode) => {
    const [blocks, number] = mode === 'accept' ? [newer, 4] : [older, 3];
    expect(reviewedBare[mode].redlines, 'tracked changes left').toBe(0);
    const expected = docxLines(draftFile(bare(blocks), number));
    expect(expected[0]).toBe(`DỰ THẢO LẦN ${number}`);
    expect(docxLines(reviewedBare[mode].bytes)).toEqual(expected);
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
