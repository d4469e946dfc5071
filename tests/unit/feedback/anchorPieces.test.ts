import { describe, expect, it } from 'vitest';
import { documentNamedBy, isAboutDocument } from '../../../main/services/feedback/itemsOfDocument.ts';
import { memberDiff } from '../../../main/services/feedback/memberDiff.ts';
import { countSources, sourceKeyOf } from '../../../main/services/feedback/sourceKey.ts';
import { movedBlock, queueKey } from '../../../renderer/feedback/queueKeys.ts';
import type { DocumentSummary } from '../../../shared/rpc/documentContract.ts';

const doc = (id: string, kind: DocumentSummary['kind'], title: string): DocumentSummary => ({ id, kind, title, createdAt: '', updatedAt: '' });
const report = doc('r', 'political_report', 'Báo cáo chính trị Đại hội XVII');
const resolution = doc('n', 'resolution', 'Nghị quyết Đại hội');
const docs = [report, resolution];

describe('which document an item is about', () => {
  it.each([
    [null, 'r', true],
    [null, 'n', true],
    ['BÁO CÁO CHÍNH TRỊ', 'r', true], // inside the title, case aside
    ['Báo cáo chính trị', 'n', false],
    ['Nghị quyết', 'n', true],
    ['Dự thảo Nghị quyết Đại hội', 'n', true],
    ['Điều lệ Đảng', 'r', true], // names no document of the workspace: kept on the one asked about
    ['  ', 'n', true],
  ] as const)('%j is about %s: %s', (title, id, about) => {
    expect(isAboutDocument(title, docs.find((d) => d.id === id)!, docs)).toBe(about);
  });

  it('names a document by its kind when the titles differ', () => {
    expect(documentNamedBy('góp ý vào báo cáo chính trị', [doc('x', 'political_report', 'BCCT lần 3')])).toBe('x');
    expect(documentNamedBy('Chương trình hành động', docs)).toBeNull();
  });
});

describe('the queue keys', () => {
  const key = (k: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; altKey: boolean; metaKey: boolean }> = {}) =>
    queueKey({ key: k, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...mods });
  it.each([
    ['j', 'nextItem'], ['ArrowDown', 'nextItem'], ['k', 'previousItem'], ['ArrowUp', 'previousItem'],
    ['Tab', 'nextBlock'], ['ArrowRight', 'nextBlock'], ['ArrowLeft', 'previousBlock'], ['Enter', 'anchor'], ['s', 'skip'], ['x', null],
  ] as const)('%s → %s', (k, action) => expect(key(k)).toBe(action));
  it('gives Shift+Tab the previous block and leaves keys with Ctrl, Alt or Meta to the browser', () => {
    expect(key('Tab', { shiftKey: true })).toBe('previousBlock');
    expect(key('s', { ctrlKey: true })).toBeNull();
    expect(key('j', { metaKey: true })).toBeNull();
    expect(key('Enter', { altKey: true })).toBeNull();
  });
  it('moves the selected block one step, never before the first nor past the last (the queue and the orphans alike)', () => {
    expect([movedBlock(2, 'nextBlock', 5), movedBlock(2, 'previousBlock', 5)]).toEqual([3, 1]);
    expect([movedBlock(4, 'nextBlock', 5), movedBlock(0, 'previousBlock', 5)]).toEqual([4, 0]);
    expect(movedBlock(0, 'nextBlock', 1)).toBe(0);
  });
});

describe('counting organisations and a merged member’s difference', () => {
  it('counts a registry source once however its name is written, and an unnamed sender as one of its own', () => {
    const items = [
      { itemId: '1', sourceName: 'P. Thuỷ Nguyên', attribution: { status: 'matched', sourceId: 's1', confidence: 0.95 } as const },
      { itemId: '2', sourceName: 'Đảng bộ phường Thủy Nguyên', attribution: { status: 'manual', sourceId: 's1' } as const },
      { itemId: '3', sourceName: 'UBND PHƯỜNG X', attribution: { status: 'unknown' } as const },
      { itemId: '4', sourceName: 'UBND phường X', attribution: { status: 'unknown' } as const },
      { itemId: '5', sourceName: '', attribution: { status: 'none' } as const },
      { itemId: '6', sourceName: '', attribution: { status: 'none' } as const },
    ];
    expect(sourceKeyOf(items[0])).toBe('source:s1');
    expect(countSources(items)).toBe(4);
  });

  it('is exact when only case, tone placement and punctuation differ, and lists the sentences each lacks otherwise', () => {
    expect(memberDiff('Đề nghị làm rõ lộ trình hoá.', 'ĐỀ NGHỊ LÀM RÕ LỘ TRÌNH HÓA!')).toEqual({ exact: true, similarity: null, added: [], removed: [] });
    expect(memberDiff('Câu một. Câu hai.', 'Câu một. Câu ba.')).toEqual({ exact: false, similarity: null, added: ['Câu ba.'], removed: ['Câu hai.'] });
  });
});
