import { describe, expect, it } from 'vitest';
import { type ClusterInput, clusterComments, type FeedbackCluster, sentenceDiff } from '../../../shared/feedback/clustering/index.ts';
import { sentenceDiffer } from '../../../shared/feedback/clustering/sentenceDiff.ts';
import { ShingleProbe } from '../../../shared/feedback/clustering/shingleProbe.ts';
import { keyOfIds, overlap, SyllableIds } from '../../../shared/feedback/clustering/shingles.ts';
import { generateFeedback } from '../../fixtures/generators/feedback.ts';

const FORM = 'Đề nghị bổ sung giải pháp phát triển kinh tế biển gắn với bảo đảm quốc phòng, an ninh. Cần làm rõ nguồn lực thực hiện các công trình trọng điểm giai đoạn 2026 - 2030.';
const OTHER = 'Nhất trí với mục tiêu xây dựng thành phố cảng biển công nghiệp hiện đại; đề nghị nêu rõ lộ trình chuyển đổi xanh cho các khu công nghiệp cũ.';

const members = (clusters: FeedbackCluster[]) => clusters.map((c) => c.members.map((m) => m.id).sort());

describe('clusterComments', () => {
  it('groups copies that differ only in case, tone placement, punctuation and spacing as exact', () => {
    const clusters = clusterComments([
      { id: 'a', text: FORM, source: 'Đảng bộ phường Thủy Nguyên' },
      { id: 'b', text: FORM.toUpperCase().replace(/, /gu, '; '), source: 'Đảng bộ xã Yết Kiêu' },
      { id: 'c', text: FORM.replace('thành phố', 'thành  phố').replace('hóa', 'hoá'), source: 'ĐB phường Hồng Bàng' },
      { id: 'd', text: OTHER, source: 'Đảng bộ phường Lê Chân' },
    ]);
    expect(members(clusters)).toEqual([['a', 'b', 'c']]);
    expect(clusters[0].members.every((m) => m.exact && m.added.length === 0 && m.removed.length === 0)).toBe(true);
  });

  it('shows the point an organisation added to a form letter', () => {
    const added = 'Riêng phường Thủy Nguyên đề nghị ưu tiên nâng cấp đê biển Lập Lễ.';
    const clusters = clusterComments([
      { id: 'a', text: FORM },
      { id: 'b', text: FORM },
      { id: 'c', text: `${FORM} ${added}` },
    ]);
    expect(members(clusters)).toEqual([['a', 'b', 'c']]);
    const [cluster] = clusters;
    expect(cluster.representativeId).toBe('a');
    const c = cluster.members.find((m) => m.id === 'c')!;
    expect(c).toMatchObject({ exact: false, added: [added], removed: [] });
    expect(c.similarity).toBeGreaterThan(0.5);
    expect(c.similarity).toBeLessThan(1);
  });

  it('takes the most repeated wording as the representative', () => {
    const longer = `${FORM} Đề nghị bổ sung chỉ tiêu về đất rừng phòng hộ.`;
    const clusters = clusterComments([
      { id: 'a', text: longer },
      { id: 'b', text: FORM },
      { id: 'c', text: FORM.replace('hiện đại', 'hiện  đại') },
    ]);
    expect(clusters[0].representativeId).toBe('b');
    expect(clusters[0].members.map((m) => m.id)).toEqual(['b', 'a', 'c']);
    expect(clusters[0].members[1].added).toEqual(['Đề nghị bổ sung chỉ tiêu về đất rừng phòng hộ.']);
  });

  it('counts "N ý kiến của M đơn vị" with names written in variants as one source', () => {
    const clusters = clusterComments([
      { id: 'a', text: FORM, source: 'Đảng bộ phường Thủy Nguyên' },
      { id: 'b', text: FORM, source: 'ĐẢNG BỘ PHƯỜNG THUỶ NGUYÊN' },
      { id: 'c', text: FORM, source: 'Đảng bộ xã Yết Kiêu' },
      { id: 'd', text: FORM },
    ]);
    expect(clusters[0]).toMatchObject({ comments: 4, sources: 3 });
  });

  it('keeps the same wording about two places apart when the place is its own column', () => {
    const text = 'Đề nghị làm rõ lộ trình và nguồn lực thực hiện.';
    const clusters = clusterComments([
      { id: 'a', text, location: 'Mục II.3' },
      { id: 'b', text, location: 'Chỉ tiêu (7), mục I.1' },
      { id: 'c', text, location: 'Mục II.3' },
    ]);
    expect(members(clusters)).toEqual([['a', 'c']]);
  });

  it('keeps the same wording apart when the comments open with different places', () => {
    const text = 'đề nghị bỏ cụm từ “một cách” cho phù hợp với thực tiễn của địa phương; hội viên phụ nữ ủng hộ chủ trương sắp xếp bộ máy.';
    const clusters = clusterComments([
      { id: 'a', text: `Mục I, tiểu mục 2.1: ${text}` },
      { id: 'b', text: `Mục XXIX, tiểu mục 2.1: ${text}` },
      { id: 'c', text: `MỤC I, TIỂU MỤC 2.1 - ${text}` },
      { id: 'd', text: `Đề nghị chung: ${text}` },
    ]);
    expect(members(clusters)).toEqual([['a', 'c', 'd']]);
  });

  it('does not chain: two comments each like a third but not like each other stay apart', () => {
    const words = Array.from({ length: 40 }, (_, i) => `ý${i}`);
    const [head, tail, whole] = [words.slice(0, 30), words.slice(10), words].map((w) => w.join(' '));
    const clusters = clusterComments([
      { id: 'head', text: head },
      { id: 'tail', text: tail },
      { id: 'whole', text: whole },
    ]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0].comments).toBe(2);
    expect(clusters[0].members.map((m) => m.id)).toContain('whole');
  });

  it('does not join different comments, empty ones or a short one inside a long one', () => {
    expect(
      clusterComments([
        { id: 'a', text: FORM },
        { id: 'b', text: OTHER },
        { id: 'c', text: '' },
        { id: 'd', text: '  …  ' },
        { id: 'e', text: 'Đề nghị bổ sung giải pháp' },
      ]),
    ).toEqual([]);
  });

  it('gives the same clusters on every run and ids from the first member', () => {
    const items: ClusterInput[] = generateFeedback({ seed: 3, comments: 300 }).comments.map((c) => ({ id: c.id, text: c.text, source: c.source }));
    const first = clusterComments(items);
    expect(clusterComments(items)).toEqual(first);
    for (const c of first) expect(c.id).toBe(`cluster-${[...c.members.map((m) => m.id)].sort()[0]}`);
  });

  it('clusters a 1 MB comment and its copy', () => {
    const huge = `${FORM} `.repeat(Math.ceil((1 << 20) / (FORM.length + 1)));
    const clusters = clusterComments([
      { id: 'a', text: huge },
      { id: 'b', text: `${huge}Thêm một ý.` },
      { id: 'c', text: OTHER },
    ]);
    expect(members(clusters)).toEqual([['a', 'b']]);
  });
});

describe('sentenceDiff', () => {
  it('names added and missing sentences, not punctuation or tone placement changes', () => {
    const rep = 'Một câu về hoà bình, ổn định. Câu thứ hai!';
    expect(sentenceDiff(rep, 'Một câu về hòa bình; ổn định. Câu thứ ba?')).toEqual({ added: ['Câu thứ ba?'], removed: ['Câu thứ hai!'] });
  });
});

describe('clusterComments on generated feedback (planted duplicates)', () => {
  const fixture = generateFeedback({ seed: 21, comments: 3000 });
  const clusters = clusterComments(fixture.comments.map((c) => ({ id: c.id, text: c.text, source: c.source, location: c.location })));
  const planted = new Map(fixture.comments.map((c) => [c.id, c.clusterKey]));
  const found = new Map(clusters.flatMap((c) => c.members.map((m) => [m.id, c.id] as const)));
  const pairs = (groups: string[][]) => groups.flatMap((g) => g.flatMap((a, i) => g.slice(i + 1).map((b) => [a, b] as const)));

  it('has planted duplicates to find, with added points among them', () => {
    expect(new Set([...planted.values()].filter(Boolean)).size).toBeGreaterThan(100);
    expect(clusters.some((c) => c.members.some((m) => m.added.some((s) => s.startsWith('Ngoài ra'))))).toBe(true);
  });

  it('clusters with precision ≥ 0.95: pairs put together were planted together', () => {
    const together = pairs(clusters.map((c) => c.members.map((m) => m.id)));
    const right = together.filter(([a, b]) => planted.get(a) !== null && planted.get(a) === planted.get(b));
    expect(right.length / together.length).toBeGreaterThanOrEqual(0.95);
  });

  it('clusters with recall ≥ 0.90: pairs planted together are put together', () => {
    const groups = new Map<string, string[]>();
    for (const c of fixture.comments) if (c.clusterKey) groups.set(c.clusterKey, [...(groups.get(c.clusterKey) ?? []), c.id]);
    const plantedPairs = pairs([...groups.values()]);
    const kept = plantedPairs.filter(([a, b]) => found.get(a) !== undefined && found.get(a) === found.get(b));
    expect(kept.length / plantedPairs.length).toBeGreaterThanOrEqual(0.9);
  });

  it('never hides an added point: every added sentence of a member is listed', () => {
    const byId = new Map(fixture.comments.map((c) => [c.id, c]));
    for (const cluster of clusters) {
      const rep = byId.get(cluster.representativeId)!;
      for (const m of cluster.members) {
        const own = byId.get(m.id)!.text.match(/Ngoài ra, [^]*$/u)?.[0];
        if (own && !rep.text.includes(own)) expect(m.added.join(' ')).toContain(own.slice(0, 30));
      }
    }
  });
});

describe('keyOfIds', () => {
  it('is one to one on id sequences and never holds U+0000 (it separates keys)', () => {
    const sequences = [[], [0], [0, 0], [1], [0x7ffe], [0x7fff], [0x8000], [0x7fff, 0], [0x8001], [1, 0x8000], [0x12345678], [0x12345678, 3], [3, 0x12345678], [0xffff], [0x10000, 0x10000]];
    const keys = sequences.map(keyOfIds);
    expect(new Set(keys).size).toBe(sequences.length);
    for (const key of keys) expect(key.includes('\u0000')).toBe(false);
    // Long sequences are written in chunks; the chunks join into the same key as one piece would.
    const long = Array.from({ length: 10_000 }, (_, i) => (i * 7919) % 70_000);
    expect(keyOfIds(long)).toBe(keyOfIds(long.slice(0, 5_000)) + keyOfIds(long.slice(5_000)));
    expect(keyOfIds(long)).not.toBe(keyOfIds([...long.slice(0, 9_999), 1]));
  });
});

describe('ShingleProbe', () => {
  const set = (...xs: number[]) => Uint32Array.from(new Set(xs)).sort();
  it('counts the overlap exactly as the merge does, and stays under a bound it cannot reach', () => {
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % 3000;
    const probe = new ShingleProbe();
    for (let round = 0; round < 200; round++) {
      const a = set(...Array.from({ length: 1 + (round % 90) * 7 }, next));
      const b = set(...Array.from({ length: 1 + ((round * 13) % 300) }, next), ...a.slice(0, round % 40));
      probe.hold(a);
      expect(probe.overlap(b)).toBe(overlap(a, b));
      const exact = overlap(a, b);
      expect(probe.overlap(b, exact)).toBe(exact);
      if (exact + 1 <= b.length) expect(probe.overlap(b, exact + 1)).toBeLessThan(exact + 1);
    }
    // Held again: the previous set is gone (generations), a larger one grows the table.
    probe.hold(set(1, 2, 3));
    expect(probe.overlap(set(3, 4))).toBe(1);
    const big = set(...Array.from({ length: 5000 }, (_, i) => i * 3));
    probe.hold(big);
    expect(probe.overlap(set(0, 1, 2, 3, 14997))).toBe(3);
    expect(probe.overlap(new Uint32Array(0))).toBe(0);
  });

  it('counts the overlap of a set laid in a larger array between two offsets as of the set alone', () => {
    const probe = new ShingleProbe();
    probe.hold(set(2, 4, 6, 8));
    const pool = Uint32Array.from([2, 4, 6, 1, 3, 8, 4]); // sets [2 4 6] [1 3 8] [4]
    expect([probe.overlapRange(pool, 0, 3), probe.overlapRange(pool, 3, 6), probe.overlapRange(pool, 6, 7), probe.overlapRange(pool, 3, 3)]).toEqual([3, 1, 1, 0]);
    expect(probe.overlapRange(pool, 3, 6, 2)).toBeLessThan(2);
  });
});

describe('SyllableIds', () => {
  it('gives a word one id wherever it is met, the same to spellings with one key, and another to every other word', () => {
    const ids = new SyllableIds();
    const [first] = [ids.idsOf('Hoà bình, hòa hợp; HOÀ giải — hoa')];
    expect(first).toHaveLength(7);
    expect(new Set([first[0], first[2], first[4]]).size).toBe(1); // Hoà, hòa, HOÀ
    expect(new Set(first).size).toBe(5);
    expect(ids.idsOf('hoa hợp bình')).toEqual([first[6], first[3], first[1]]);
    expect(ids.idsOf('  ,. ')).toEqual([]);
  });

  it('keeps every id when thousands of spellings fill its table, words of one length included', () => {
    const ids = new SyllableIds();
    // 20,000 distinct four-letter words (the table starts with room for 2,048), then all again in reverse order.
    const letters = 'abcdeghiklmnopqrstuvxy';
    const words = Array.from({ length: 20_000 }, (_, i) => [0, 1, 2, 3].map((k) => letters[Math.floor(i / letters.length ** k) % letters.length]).join(''));
    const once = ids.idsOf(words.join(' '));
    expect(once).toEqual(words.map((_, i) => i));
    expect(ids.idsOf([...words].reverse().join(' '))).toEqual(words.map((_, i) => words.length - 1 - i));
  });
});

describe('sentenceDiffer', () => {
  it('gives sentenceDiff for each member against one representative', () => {
    const rep = `${FORM} Điểm chung.`;
    const differ = sentenceDiffer(rep);
    for (const member of [FORM, `${FORM} Điểm riêng của đơn vị.`, OTHER, '']) expect(differ(member)).toEqual(sentenceDiff(rep, member));
  });
});
