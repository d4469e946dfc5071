import { describe, expect, it } from 'vitest';
import { compareBlocks } from '../../../shared/compare/compareBlocks.ts';
import { DEFAULT_FILTER, hiddenChanges, visibleChanges } from '../../../renderer/compare/changeFilter.ts';
import { indexSections } from '../../../renderer/compare/changeSections.ts';
import { typesText } from '../../../renderer/compare/useChangeKeys.ts';
import { parseRoute, type Route, routeHash } from '../../../renderer/route/route.ts';
import { b } from '../compare/blocks.ts';

/** Issue 9, "What a new user tripped over": the comparison's navigator and the changes route. */
describe('the comparison says what it hides', () => {
  const left = [
    b('s1', 'Kết quả đạt được', 'I', 'section'),
    b('p1', 'Thành phố giữ vững hoà bình và ổn định chính trị.'),
    b('p2', 'Kinh tế tăng trưởng khá, quy mô được mở rộng.'),
    b('p3', 'Văn hoá phát triển'),
    b('p4', 'Về giới tính: Nam 351.'),
  ];
  const right = [
    b('s1', 'Kết quả đạt được', 'I', 'section'),
    b('p1', 'Thành phố giữ vững hòa bình và ổn định chính trị.'),
    b('p2', 'Kinh tế tăng trưởng nhanh, quy mô được mở rộng.'),
    b('p3', 'Văn hoá phát triển.'),
    { ...b('p4', 'Về giới tính: Nam 351.'), emphasis: [{ from: 0, to: 13, bold: true }] },
  ];
  const c = compareBlocks(left, right);
  const index = indexSections(c.changes);

  it('counts the hidden changes by reason, and the list plus the hidden make every change', () => {
    const visible = visibleChanges(c.changes, DEFAULT_FILTER, index);
    const hidden = hiddenChanges(c.changes, DEFAULT_FILTER, index);
    expect(hidden).toEqual({ minor: 2, formatting: 1 });
    const all = visibleChanges(c.changes, { ...DEFAULT_FILTER, hideMinor: false, hideFormatting: false }, index);
    expect(visible.length + hidden.minor + hidden.formatting).toBe(all.length);
    expect(all.map((i) => c.changes[i].class)).toEqual(['orthography', 'substantive', 'punctuation', 'formatting']);
  });

  it('hides nothing once both hide filters are off, and counts only what the section filter lets through', () => {
    expect(hiddenChanges(c.changes, { ...DEFAULT_FILTER, hideMinor: false, hideFormatting: false }, index)).toEqual({ minor: 0, formatting: 0 });
    expect(hiddenChanges(c.changes, { ...DEFAULT_FILTER, hideFormatting: false }, index)).toEqual({ minor: 2, formatting: 0 });
    expect(hiddenChanges(c.changes, { ...DEFAULT_FILTER, section: -1 as unknown as number }, index)).toEqual({ minor: 0, formatting: 0 });
  });
});

describe('the section filter', () => {
  it('lists a moved section once, at its new place', () => {
    const body = (p: string) => [b(`${p}a`, `Đoạn thứ nhất của mục ${p}, đủ dài để nhận ra khi chuyển chỗ.`), b(`${p}b`, `Đoạn thứ hai của mục ${p}, cũng đủ dài để nhận ra.`)];
    const left = [b('s1', 'Kinh tế', 'I', 'section'), ...body('k'), b('s2', 'Văn hoá', 'II', 'section'), ...body('v'), b('s3', 'Quốc phòng', 'III', 'section'), ...body('q')];
    const right = [b('s1', 'Kinh tế', 'I', 'section'), ...body('k'), b('s3', 'Quốc phòng', 'II', 'section'), ...body('q'), b('s2', 'Văn hoá', 'III', 'section'), ...body('v')];
    const c = compareBlocks(left, right);
    expect(c.changes.some((ch) => ch.moveTo !== undefined)).toBe(true);
    const labels = indexSections(c.changes).sections.map((s) => s.label.replace(/^[IV]+\. /, ''));
    expect(labels.filter((l) => l === 'Quốc phòng' || l === 'Văn hoá').sort()).toEqual(['Quốc phòng', 'Văn hoá']);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe('change keys while a filter has the focus', () => {
  const el = (tagName: string, type = '') => ({ tagName, type, isContentEditable: false }) as unknown as EventTarget;
  it('leave n and p to the page on a checkbox, a radio or a button, and to a text field or a select where they are typed', () => {
    expect(typesText(el('INPUT', 'checkbox'))).toBe(false);
    expect(typesText(el('INPUT', 'radio'))).toBe(false);
    expect(typesText(el('BUTTON'))).toBe(false);
    expect(typesText(el('INPUT', 'text'))).toBe(true);
    expect(typesText(el('INPUT', 'search'))).toBe(true);
    expect(typesText(el('TEXTAREA'))).toBe(true);
    expect(typesText(el('SELECT'))).toBe(true);
    expect(typesText({ tagName: 'DIV', isContentEditable: true } as unknown as EventTarget)).toBe(true);
    expect(typesText(null)).toBe(false);
  });
});

describe('the route of who changed what', () => {
  const doc = { workspaceId: 'ws 1', documentId: 'd/1' };
  it.each<Route>([
    { page: 'changes', ...doc },
    { page: 'changes', ...doc, from: 2, to: 'working' },
    { page: 'changes', ...doc, from: 1, to: 3 },
  ])('reads back $from → $to', (route) => {
    expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it('falls back to the default for sides that are not draft numbers', () => {
    const base = routeHash({ page: 'changes', ...doc });
    expect(parseRoute(`${base}/abc/2`)).toEqual({ page: 'changes', ...doc });
    expect(parseRoute(`${base}/0/2`)).toEqual({ page: 'changes', ...doc });
    expect(parseRoute(`${base}/2/x`)).toEqual({ page: 'changes', ...doc, from: 2, to: 'working' });
  });
});
