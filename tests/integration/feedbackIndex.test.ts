import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { feedbackDashboard } from '../../main/services/feedback/feedbackDashboard.ts';
import { feedbackItemDetail } from '../../main/services/feedback/feedbackItemDetail.ts';
import { suggestTagsFor } from '../../main/services/feedback/tagFeedback.ts';
import { type FeedbackQuery, queryFeedback } from '../../main/services/feedback/queryFeedback.ts';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import { FEEDBACK_STATUSES } from '../../shared/feedback/model.ts';
import { fillFeedback, REPORT_TITLE } from '../fixtures/feedback/feedbackWorkspace.ts';
import { generateFeedback } from '../fixtures/generators/feedback.ts';
import { rawDatabase } from '../helpers/rawDatabase.ts';
import { tempDir } from '../helpers/tempDir.ts';

const FIXTURE = generateFeedback({ seed: 3, comments: 2_000, draftWords: 8_000 });
const BASE: FeedbackQuery = { filters: {}, search: '', sort: { by: 'received', direction: 'asc' }, offset: 0, limit: 100, facets: true };

let dir: ReturnType<typeof tempDir>;
let store: WorkspaceStore;
let itemIds: string[];

beforeEach(() => {
  dir = tempDir();
  store = WorkspaceStore.create(join(dir.path, 'gop-y.vkws'), 'Góp ý');
  ({ itemIds } = fillFeedback(store, FIXTURE, { anchorEvery: 2, worked: true }));
});
afterEach(() => {
  store.close();
  dir.remove();
});

const query = (q: Partial<FeedbackQuery>) => queryFeedback(store, { ...BASE, ...q });
const sql = (text: string, ...args: (string | number)[]) => (rawDatabase(store).prepare(text).get(...args) as { n: number }).n;
const sum = (entries: { count: number }[]) => entries.reduce((n, e) => n + e.count, 0);

/** Inserts one batch of `texts` (a second file) as an import would. */
function importTexts(target: WorkspaceStore, texts: string[], name = 'them.csv') {
  target.transaction(() => {
    const file = target.feedback.insertFile({ sha256: name, fileName: name, format: 'csv', bytes: new Uint8Array([2]) });
    const batch = target.feedback.insertBatch(file.id, 'test', { items: texts.length, flagged: texts.length }, []);
    target.feedback.insertItems(batch, file.id, texts.map((text, i) => ({
      text, fingerprint: `${name}${i}`, sourceName: 'Đơn vị lạ', attribution: { status: 'unknown' as const }, documentTitle: null, draftNumber: null,
      location: null, sheet: null, row: i + 2, paragraph: null,
    })));
  });
}

describe('the feedback index over a workspace', () => {
  it('counts every item, with facets that add up to the total and sections in draft order', () => {
    const result = query({});
    expect(result.total).toBe(2_000);
    expect(result.all).toBe(2_000);
    expect(result.rows).toHaveLength(100);
    const facets = result.facets!;
    for (const dim of ['source', 'level', 'status', 'assignee', 'section', 'document', 'draft'] as const) expect(sum(facets[dim]), dim).toBe(2_000);
    expect(facets.cluster.length).toBeLessThanOrEqual(51); // the largest clusters only, and ''
    for (const status of FEEDBACK_STATUSES) {
      expect(facets.status.find((e) => e.value === status)?.count, status).toBe(sql('SELECT COUNT(*) AS n FROM feedback_items WHERE status = ?', status));
    }
    expect(facets.section.at(-1)).toMatchObject({ value: '', count: sql('SELECT COUNT(*) AS n FROM feedback_items WHERE anchor IS NULL') + unplaced() });
    const sectionNumbers = FIXTURE.draft.filter((b) => b.type === 'section').map((b) => `${b.number}.`);
    const labels = facets.section.filter((e) => e.value !== '').map((e) => e.label.split(' ')[0]);
    expect(labels).toEqual(sectionNumbers.filter((n) => labels.includes(n)));
    expect(labels.length).toBeGreaterThan(2);
    expect(facets.document).toEqual([{ value: REPORT_TITLE, label: REPORT_TITLE, count: 2_000 }]);
    expect(facets.level.map((e) => e.value).sort()).toEqual(['commune', 'other', 'ward']);
  });

  it('keeps an item when it has any chosen value of a dimension and every filtered dimension, and counts the neighbours of a chosen value', () => {
    const all = query({}).facets!;
    const count = (status: string) => all.status.find((e) => e.value === status)!.count;
    const decided = query({ filters: { status: ['accepted', 'explained'] }, limit: 500 });
    expect(decided.total).toBe(count('accepted') + count('explained'));
    expect(new Set(decided.rows.map((r) => r.status))).toEqual(new Set(['accepted', 'explained']));
    expect(decided.facets!.status.find((e) => e.value === 'new')!.count).toBe(count('new'));
    const section = all.section[0];
    const both = query({ filters: { status: ['accepted'], section: [section.value] }, limit: 500 });
    expect(both.rows.every((r) => r.status === 'accepted' && r.sectionLabel === section.label)).toBe(true);
    expect(both.total).toBe(query({ filters: { section: [section.value] } }).facets!.status.find((e) => e.value === 'accepted')!.count);
    expect(query({ filters: { status: ['no_such_status'] } }).total).toBe(0);
    expect(query({ filters: { source: [''] } }).total).toBe(0);
  });

  it('finds text whatever the case and tone placement, by every term, in the source name and location too', () => {
    importTexts(store, ['Đề nghị làm rõ chính sách HOÀ NHẬP cộng đồng', 'Giữ vững hòa bình, ổn định', 'Phát triển văn hóa cơ sở']);
    const texts = (search: string) => query({ search, filters: { source: [''] } }).rows.map((r) => r.text);
    expect(texts('hoà')).toEqual(['Đề nghị làm rõ chính sách HOÀ NHẬP cộng đồng', 'Giữ vững hòa bình, ổn định']);
    expect(texts('HÒA bình')).toEqual(['Giữ vững hòa bình, ổn định']);
    expect(texts('hoa')).toHaveLength(3);
    expect(query({ search: 'đơn vị lạ' }).total).toBe(3);
    const generated = FIXTURE.comments.filter((c) => c.text.includes('Thủy Nguyên') || c.source.includes('Thủy Nguyên') || c.source.includes('Thuỷ Nguyên')).length;
    expect(query({ search: 'THUỶ NGUYÊN' }).total).toBeGreaterThanOrEqual(generated);
    expect(query({ search: 'zzqx' })).toMatchObject({ total: 0, rows: [] });
  });

  it('sorts either way and gives windows that join into the whole', () => {
    const rank = (status: string) => FEEDBACK_STATUSES.indexOf(status as never);
    const asc = query({ sort: { by: 'status', direction: 'asc' }, limit: 500, offset: 1_200 }).rows.map((r) => rank(r.status));
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    const desc = query({ sort: { by: 'status', direction: 'desc' }, limit: 50 }).rows;
    expect(desc[0].status).toBe('out_of_scope');
    const whole = query({ sort: { by: 'source', direction: 'asc' }, limit: 100 }).rows.map((r) => r.id);
    const parts = [0, 40, 80].flatMap((offset) => query({ sort: { by: 'source', direction: 'asc' }, offset, limit: 40 }).rows.map((r) => r.id)).slice(0, 100);
    expect(parts).toEqual(whole);
    const names = query({ sort: { by: 'source', direction: 'asc' }, limit: 500 }).rows.map((r) => r.sourceLabel);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
    expect(query({ offset: 5_000 }).rows).toEqual([]);
    expect(query({}).rows.map((r) => r.id)).toEqual(itemIds.slice(0, 100));
  });

  it('sees imports, anchors, statuses and source renames made after it was built, by this connection or another', () => {
    expect(query({}).total).toBe(2_000);
    importTexts(store, ['Một ý kiến mới về quốc phòng']);
    const other = WorkspaceStore.open(store.path);
    try {
      importTexts(other, ['Ý kiến nhập từ dòng lệnh'], 'cli.csv');
      rawDatabase(other).prepare("UPDATE feedback_items SET status = 'accepted' WHERE id = ?").run(itemIds[0]);
      const unanchored = FIXTURE.comments.findIndex((c, i) => i % 2 === 1 && c.expectedBlockIds);
      other.feedback.setAnchor(itemIds[unanchored], { blockIds: [FIXTURE.draft[3].id], draftNumber: 1, confidence: 1, evidence: ['manual'] });
      const source = other.sources.list()[0];
      other.sources.update(source.id, { name: 'Đảng bộ được đổi tên', aliases: [], level: 'city', parentId: null });
      const result = query({ limit: 500 });
      expect(result.total).toBe(2_002);
      expect(result.rows[0].status).toBe('accepted');
      expect(query({ search: 'dòng lệnh' }).total).toBe(1);
      expect(result.facets!.source.find((e) => e.value === source.id)?.label).toBe('Đảng bộ được đổi tên');
      expect(result.facets!.level.find((e) => e.value === 'city')?.count).toBeGreaterThan(0);
      const row = query({ offset: unanchored, limit: 1 }).rows[0];
      expect(row).toMatchObject({ anchored: true });
      expect(row.sectionLabel).not.toBe('');
    } finally {
      other.close();
    }
  });

  it('gives an item whole with its anchored blocks from the draft, and an anchor whose blocks are gone as orphaned', () => {
    const at = FIXTURE.comments.findIndex((c, i) => i % 2 === 0 && c.expectedBlockIds);
    const detail = feedbackItemDetail(store, itemIds[at]);
    expect(detail.item.provenance).toMatchObject({ fileName: 'tong-hop.xlsx', sheet: 'Tổng hợp', row: at + 2 });
    expect(detail.blocks.map((b) => b.id)).toEqual(FIXTURE.comments[at].expectedBlockIds);
    expect(detail.blocks[0].text).toBe(FIXTURE.draft.find((b) => b.id === detail.blocks[0].id)!.text);
    expect(detail.section).toMatch(/^[IVX]+\. /u);
    store.feedback.setAnchor(itemIds[at], { blockIds: ['gone'], draftNumber: 1, confidence: 1, evidence: ['manual'] });
    expect(feedbackItemDetail(store, itemIds[at])).toMatchObject({ blocks: [], orphaned: true, section: null });
    expect(feedbackItemDetail(store, itemIds[1]).orphaned).toBe(false);
    expect(() => feedbackItemDetail(store, 'no-such-item')).toThrow(expect.objectContaining({ code: 'not_found' }));
  });

  it('aggregates the dashboard over the filtered items: sections, levels, days by status, sections × top-level codes', () => {
    const dashboard = feedbackDashboard(store, {});
    expect(dashboard.total).toBe(2_000);
    expect(dashboard.bySection).toEqual(query({}).facets!.section);
    expect(sum(dashboard.byLevel)).toBe(2_000);
    expect(dashboard.byDay.statuses).toEqual([...FEEDBACK_STATUSES]);
    expect(dashboard.byDay.counts.flat().reduce((a, b) => a + b, 0)).toBe(2_000);
    const tops = store.tags.codes().filter((c) => c.parentId === null);
    expect(dashboard.heat.themes.filter((e) => e.value !== '').map((e) => e.value)).toEqual(tops.map((c) => c.id));
    expect(dashboard.heat.themes.at(-1)).toMatchObject({ value: '', count: sql('SELECT COUNT(*) AS n FROM feedback_items WHERE id NOT IN (SELECT item_id FROM feedback_item_codes)') });
    for (const [row, column, count] of dashboard.heat.cells) {
      const section = dashboard.heat.sections[row].value;
      const tag = dashboard.heat.themes[column].value;
      expect(query({ filters: { section: [section], tag: [tag] } }).total).toBe(count);
    }
    const accepted = feedbackDashboard(store, { status: ['accepted'] });
    expect(accepted.total).toBe(sql("SELECT COUNT(*) AS n FROM feedback_items WHERE status = 'accepted'"));
    expect(accepted.byDay.counts[FEEDBACK_STATUSES.indexOf('new')].every((n) => n === 0)).toBe(true);
  });

  it('keeps the dashboard while nothing changes, and works it out again after a decision, an import or a rename by another connection', () => {
    const before = feedbackDashboard(store, {});
    expect(feedbackDashboard(store, {})).toBe(before);
    // The same filters in another order are the same dashboard; other filters are not.
    expect(feedbackDashboard(store, { status: ['new', 'accepted'] })).toBe(feedbackDashboard(store, { status: ['accepted', 'new'] }));
    expect(feedbackDashboard(store, { status: ['accepted'] }).total).toBeLessThan(before.total);
    const acceptedBefore = feedbackDashboard(store, { status: ['accepted'] }).total;
    const other = WorkspaceStore.open(store.path);
    try {
      const fresh = itemIds.find((id) => store.feedback.get(id).status === 'new')!;
      rawDatabase(other).prepare("UPDATE feedback_items SET status = 'accepted' WHERE id = ?").run(fresh);
      expect(feedbackDashboard(store, { status: ['accepted'] }).total).toBe(acceptedBefore + 1);
      importTexts(other, ['Ý kiến nhập sau khi mở bảng số liệu'], 'later.csv');
      const after = feedbackDashboard(store, {});
      expect(after).not.toBe(before);
      expect(after.total).toBe(before.total + 1);
      const source = other.sources.list()[0];
      other.sources.update(source.id, { name: 'Tên mới của nguồn', aliases: [], level: source.level, parentId: null });
      expect(feedbackDashboard(store, {})).not.toBe(after);
      expect(feedbackDashboard(store, {}).total).toBe(after.total);
    } finally {
      other.close();
    }
  });
});

/** Anchored items whose blocks are before the first section (none in this draft, but counted if so). */
function unplaced(): number {
  const first = FIXTURE.draft.findIndex((b) => b.type === 'section');
  const before = new Set(FIXTURE.draft.slice(0, first).map((b) => b.id));
  return FIXTURE.comments.filter((c, i) => i % 2 === 0 && c.expectedBlockIds && c.expectedBlockIds.every((id) => before.has(id))).length;
}

describe('the feedback index and the compilers’ work', () => {
  const tagged = (codeIds: string[]) => sql(`SELECT COUNT(DISTINCT item_id) AS n FROM feedback_item_codes WHERE code_id IN (${codeIds.map(() => '?').join(', ')})`, ...codeIds);

  it('filters by a tag, a parent code keeping the items tagged with its children, and counts each code so', () => {
    const economy = store.tags.codes().filter((c) => c.id === 'code-2' || c.parentId === 'code-2').map((c) => c.id);
    expect(economy.length).toBeGreaterThan(2);
    const result = query({ filters: { tag: ['code-2'] }, limit: 500 });
    expect(result.total).toBe(tagged(economy));
    expect(result.rows.every((r) => r.tags.some((path) => path.startsWith('Kinh tế')))).toBe(true);
    const child = query({ filters: { tag: ['code-2-1'] } });
    expect(child.total).toBe(tagged(['code-2-1']));
    expect(child.total).toBeLessThan(result.total);
    const facet = query({}).facets!.tag;
    expect(facet.find((e) => e.value === 'code-2')?.count).toBe(result.total);
    expect(facet.find((e) => e.value === 'code-2')?.label).toBe('Kinh tế');
    expect(facet.find((e) => e.value === 'code-2-1')?.label).toBe('Kinh tế › Công nghiệp');
    expect(facet.at(-1)).toMatchObject({ value: '', count: 2_000 - sql('SELECT COUNT(DISTINCT item_id) AS n FROM feedback_item_codes') });
    expect(query({ filters: { tag: [''] } }).rows.every((r) => r.tags.length === 0)).toBe(true);
    expect(query({ filters: { tag: ['no-such-code'] } }).total).toBe(0);
  });

  it('filters by cluster and assignee and shows each row’s cluster size', () => {
    const largest = query({}).facets!.cluster[0];
    expect(largest.value).not.toBe('');
    expect(largest.count).toBe(sql('SELECT COUNT(*) AS n FROM feedback_cluster_members WHERE cluster_id = ? AND left_at IS NULL', largest.value));
    const members = query({ filters: { cluster: [largest.value] }, limit: 500 });
    expect(members.total).toBe(largest.count);
    expect(members.rows.every((r) => r.clusterId === largest.value && r.clusterSize === largest.count)).toBe(true);
    const representative = sql("SELECT rowid AS n FROM feedback_items WHERE id = (SELECT representative_id FROM feedback_clusters WHERE id = ?)", largest.value);
    expect(largest.label.length).toBeGreaterThan(0);
    expect(representative).toBeGreaterThan(0);
    const assigned = query({ filters: { assignee: ['Trần Thị Bình'] }, limit: 500 });
    expect(assigned.total).toBe(sql("SELECT COUNT(*) AS n FROM feedback_decisions WHERE assignee = 'Trần Thị Bình'"));
    expect(assigned.rows.every((r) => r.assignee === 'Trần Thị Bình' && r.status !== 'new')).toBe(true);
    expect(query({ filters: { assignee: [''] } }).total).toBe(2_000 - sql('SELECT COUNT(*) AS n FROM feedback_decisions WHERE assignee IS NOT NULL'));
  });

  it('sees tags, decisions, cluster changes and codebook renames made by another connection (a CLI beside the server)', () => {
    const before = query({});
    const item = itemIds[1];
    expect(query({ filters: { tag: ['code-4'] } }).rows.some((r) => r.id === item)).toBe(false);
    const other = WorkspaceStore.open(store.path);
    try {
      other.tags.tag([item], 'code-4', 'person', 'cli');
      other.triage.decide(item, other.triage.one(item).version, { status: 'accepted', assignee: 'Người mới' }, 'cli');
      const largest = before.facets!.cluster[0];
      const leaving = query({ filters: { cluster: [largest.value] }, limit: 1 }).rows[0].id;
      other.feedbackClusters.leave(largest.value, leaving, 'split');
      other.tags.rename('code-4', 'Quốc phòng, an ninh');
      const row = query({ filters: { assignee: ['Người mới'] } }).rows[0];
      expect(row).toMatchObject({ id: item, status: 'accepted', tags: ['Quốc phòng, an ninh'] });
      expect(query({ filters: { tag: ['code-4'] } }).rows.some((r) => r.id === item)).toBe(true);
      const after = query({ filters: { cluster: [largest.value] }, limit: 500 });
      expect(after.total).toBe(largest.count - 1);
      expect(after.rows.every((r) => r.clusterSize === largest.count - 1)).toBe(true);
      expect(query({ filters: { cluster: [''] } }).rows.some((r) => r.id === leaving)).toBe(true);
      other.tags.untag([item], 'code-4');
      expect(query({ filters: { tag: ['code-4'] } }).rows.some((r) => r.id === item)).toBe(false);
      // An item already versioned, changed again: a second tag (INSERT OR IGNORE) and a decision updated in place (an upsert).
      other.tags.tag([item], 'code-5', 'person', 'cli');
      expect(query({ filters: { tag: ['code-5'] } }).rows.map((r) => r.id)).toContain(item);
      const decided = itemIds[3];
      other.triage.decide(decided, other.triage.one(decided).version, { assignee: 'Người thứ hai' }, 'cli');
      expect(query({ filters: { assignee: ['Người thứ hai'] } }).rows.map((r) => r.id)).toEqual([decided]);
    } finally {
      other.close();
    }
  });

  it('suggests for an anchored item the tags used most on the others anchored in its section, and for an unanchored one none from a section', () => {
    const anchored = query({ filters: { tag: [''], section: [query({}).facets!.section[0].value] }, limit: 1 }).rows[0];
    const suggestions = suggestTagsFor(store, anchored.id);
    const fromSection = suggestions.filter((s) => s.reasons.includes('section'));
    expect(fromSection.length).toBeGreaterThan(0);
    for (const s of fromSection) {
      expect(s.from.length).toBeGreaterThanOrEqual(2);
      expect(s.from).not.toContain(anchored.id);
      expect(query({ filters: { tag: [s.codeId], section: [query({}).facets!.section[0].value] } }).total).toBeGreaterThanOrEqual(s.from.length);
    }
    const unanchored = query({ limit: 2 }).rows[1];
    expect(unanchored.anchored).toBe(false);
    expect(suggestTagsFor(store, unanchored.id).every((s) => s.reasons.every((r) => r === 'similar'))).toBe(true);
  });
});
