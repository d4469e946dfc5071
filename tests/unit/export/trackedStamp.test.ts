import { describe, expect, it } from 'vitest';
import { type ComparisonSource, exportComparisonJob } from '../../../main/services/jobs/exportComparisonJob.ts';
import { exportDraftJob } from '../../../main/services/jobs/exportJobs.ts';
import { exportComparisonDocx } from '../../../shared/export/exportComparisonDocx.ts';
import { STAMP_AUTHOR } from '../../../shared/export/headerBlockXml.ts';
import { type BlockJson, trackedDrafts } from '../../fixtures/trackedDrafts.ts';
import { equal } from './comparisonCases.ts';
import { documentBody, reviewedCells, reviewedDraft, revisionAttributesProblems, unzipDocx } from './docxKit.ts';
import { descendants, elements, type XmlElement } from './miniXml.ts';

/**
 * "DỰ THẢO LẦN N" in the tracked-changes .docx: every draft is stamped, as its own export is,
 * header or not; the file shows the newer draft's stamp with the older one's tracked as deleted,
 * so accepting all gives each draft's own stamp and header, and rejecting all the older's.
 */
const { older, newer } = trackedDrafts();
const withoutHeader = (blocks: BlockJson[]) => blocks.filter((b) => b.type !== 'header');
const stored = (blocks: BlockJson[], number: number): ComparisonSource => ({ stored: { blocks, numbering: null }, label: `DỰ THẢO LẦN ${number}` });
const tracked = (a: ComparisonSource, b: ComparisonSource) =>
  documentBody(unzipDocx(exportComparisonJob({ older: a, newer: b, fileName: 'x.docx', title: 'T', author: 'A', date: '2025-09-20T00:00:00Z' }).bytes));
const own = (blocks: BlockJson[], number: number) => documentBody(unzipDocx(exportDraftJob({ blocks, numbering: null, number, title: 'T', format: 'docx' }).bytes));

/** The header table's cells with their non-empty paragraphs, as reviewed (an own export: 'asIs'). */
const headerCells = (body: XmlElement, mode: 'accept' | 'reject' | 'asIs') => reviewedCells(body, mode).map((t) => t.map((row) => row.map((cell) => cell.filter(Boolean))).filter((row) => row.some((c) => c.length > 0)));
const trackedTexts = (body: XmlElement, el: 'w:ins' | 'w:del') => descendants(body, 'w:tbl').flatMap((t) => descendants(t, el)).map((e) => [...descendants(e, 'w:t'), ...descendants(e, 'w:delText')].map((t) => t.children.join('')).join(''));

describe('the draft stamp in the tracked .docx', () => {
  it('stamps two drafts without a header: “DỰ THẢO LẦN 4” shown, “3” tracked as deleted', () => {
    const body = tracked(stored(withoutHeader(older), 3), stored(withoutHeader(newer), 4));
    expect(elements(body, 'w:tbl')).toHaveLength(1);
    expect([trackedTexts(body, 'w:del'), trackedTexts(body, 'w:ins')]).toEqual([['3'], ['4']]);
    // No one typed the stamp: its change is the app's, not the exporter's.
    expect(descendants(elements(body, 'w:tbl')[0], 'w:ins').map((e) => e.attrs['w:author'])).toEqual([STAMP_AUTHOR]);
    expect(headerCells(body, 'accept')).toEqual([[[[], ['DỰ THẢO LẦN 4']]]]);
    expect(headerCells(body, 'accept')).toEqual(headerCells(own(withoutHeader(newer), 4), 'asIs'));
    expect(headerCells(body, 'reject')).toEqual(headerCells(own(withoutHeader(older), 3), 'asIs'));
    expect(reviewedDraft(body, 'accept')).toEqual(reviewedDraft(own(withoutHeader(newer), 4), 'asIs'));
    expect(reviewedDraft(body, 'reject')).toEqual(reviewedDraft(own(withoutHeader(older), 3), 'asIs'));
    expect(revisionAttributesProblems(body)).toEqual([]);
  });

  it('stamps two drafts with a header as their own exports do', () => {
    const body = tracked(stored(older, 3), stored(newer, 4));
    expect(elements(body, 'w:tbl')).toHaveLength(1);
    expect(headerCells(body, 'accept')).toEqual(headerCells(own(newer, 4), 'asIs'));
    expect(headerCells(body, 'reject')).toEqual(headerCells(own(older, 3), 'asIs'));
    expect(headerCells(body, 'accept')[0][0]).toEqual([[], ['DỰ THẢO LẦN 4']]);
  });

  it('stamps both when only one draft has a header, whichever', () => {
    for (const [a, b] of [
      [withoutHeader(older), newer],
      [older, withoutHeader(newer)],
    ]) {
      const body = tracked(stored(a, 3), stored(b, 4));
      expect(elements(body, 'w:tbl')).toHaveLength(1);
      expect(headerCells(body, 'accept')).toEqual(headerCells(own(b, 4), 'asIs'));
      expect(headerCells(body, 'reject')).toEqual(headerCells(own(a, 3), 'asIs'));
      expect(reviewedDraft(body, 'accept')).toEqual(reviewedDraft(own(b, 4), 'asIs'));
      expect(reviewedDraft(body, 'reject')).toEqual(reviewedDraft(own(a, 3), 'asIs'));
    }
  });

  it('keeps the stamp a file brings in its header, and stamps only the draft against a plain-text file', () => {
    const exported = exportDraftJob({ blocks: withoutHeader(older), numbering: null, number: 3, title: 'T', format: 'docx' }).bytes;
    const fromDocx = tracked({ file: { bytes: exported, fileName: 'a.docx' }, side: 'a' }, stored(withoutHeader(newer), 4));
    expect(headerCells(fromDocx, 'accept')).toEqual([[[[], ['DỰ THẢO LẦN 4']]]]);
    expect(headerCells(fromDocx, 'reject')).toEqual([[[[], ['DỰ THẢO LẦN 3']]]]);
    const text = new TextEncoder().encode('Một đoạn văn của tệp.\n\nĐoạn thứ hai.');
    const fromText = tracked({ file: { bytes: text, fileName: 'a.txt' }, side: 'a' }, stored(withoutHeader(newer), 4));
    expect([trackedTexts(fromText, 'w:del'), trackedTexts(fromText, 'w:ins')]).toEqual([[], ['DỰ THẢO LẦN 4']]);
    expect(headerCells(fromText, 'accept')).toEqual([[[[], ['DỰ THẢO LẦN 4']]]]);
    expect(headerCells(fromText, 'reject')).toEqual([[]]);
  });

  it('writes no header for rows alone, and none when neither side has one', () => {
    const rows = [equal('Một đoạn văn.')];
    const plain = documentBody(unzipDocx(exportComparisonDocx(rows, { author: 'A', date: '2025-09-20T00:00:00Z' })));
    const neither = documentBody(unzipDocx(exportComparisonDocx(rows, { author: 'A', date: '2025-09-20T00:00:00Z', headers: { older: null, newer: null } })));
    expect([elements(plain, 'w:tbl').length, elements(neither, 'w:tbl').length]).toEqual([0, 0]);
    expect(reviewedDraft(neither, 'accept')).toEqual(['Một đoạn văn.']);
  });
});
