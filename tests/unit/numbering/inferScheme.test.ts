import { describe, expect, it } from 'vitest';
import { recogniseText } from '../../../shared/import/index.ts';
import {
  DEFAULT_SCHEME,
  NUMBERED_KINDS,
  OUTLINE_LEVELS,
  inferScheme,
  kindDepth,
  labelKey,
  numberBlocks,
  withRule,
  type NumberStyle,
  type NumberableBlock,
  type NumberedKind,
  type ResetRule,
} from '../../../shared/numbering/index.ts';
import { numberedDocument, typedText } from '../../fixtures/generators/numberedDocument.ts';

/** Every reset a kind may have: each outline level above it, and 'continue'. */
const resetsOf = (kind: NumberedKind): ResetRule[] => [...OUTLINE_LEVELS.slice(0, kindDepth(kind) ?? OUTLINE_LEVELS.length), 'continue'];

/** Footnotes carry no typed number in text, so no source can say how they restart. */
const TYPED_KINDS = NUMBERED_KINDS.filter((kind) => kind !== 'footnote');
const EVERY_RULE = TYPED_KINDS.flatMap((kind) => resetsOf(kind).map((reset) => [kind, reset] as const));

const blocksOf = (result: ReturnType<typeof recogniseText>): NumberableBlock[] =>
  result.doc.content.map((n) => ({ type: n.type as NumberableBlock['type'], level: (n.attrs?.level as number | undefined) ?? null }));

describe('labelKey', () => {
  it.each([
    ['2.5.', '2.5'],
    ['(7).', '(7)'],
    ['Một là,', 'một là'],
    ['PHẦN THỨ NHẤT:', 'phần thứ nhất'],
    [' a) ', 'a)'],
    ['Thứ  hai,', 'thứ hai'],
  ])('reduces %j to %j', (label, key) => {
    expect(labelKey(label)).toBe(key);
  });
});

describe('inferring restart rules from the numbers a document typed', () => {
  const blocks = numberedDocument(9);

  it('builds a document whose numbers differ under every restart rule of every kind', () => {
    for (const kind of TYPED_KINDS) {
      const numberings = resetsOf(kind).map((reset) => JSON.stringify(numberBlocks(blocks, withRule(DEFAULT_SCHEME, kind, { reset }))));
      expect(new Set(numberings).size, kind).toBe(numberings.length);
    }
  });

  it.each(EVERY_RULE)('finds %s restarted by "%s" in the typed .txt and derives every number as typed', (kind, reset) => {
    const scheme = withRule(DEFAULT_SCHEME, kind, { reset });
    const labels = numberBlocks(blocks, scheme);
    const result = recogniseText(typedText(blocks, labels));
    expect(blocksOf(result)).toEqual(blocks.map(({ type, level }) => ({ type, level })));
    expect(result.numbering[kind]).toEqual(scheme[kind]);
    expect(result.numbering).toEqual(scheme);
    expect(numberBlocks(blocksOf(result), result.numbering)).toEqual(labels);
    expect(result.warnings).toEqual([]);
  });

  it('keeps the base rule when the source cannot tell it from another', () => {
    // Targets under a single heading: every reset numbers them alike.
    const flat: NumberableBlock[] = [{ type: 'section', level: null }, { type: 'target', level: null }, { type: 'target', level: null }];
    const base = withRule(DEFAULT_SCHEME, 'target', { reset: 'part' });
    const inferred = inferScheme(flat, [null, '(1)', '(2)'], base);
    expect(inferred.scheme).toBe(base);
    expect(inferred.differing).toEqual([]);
  });
});

describe('inferring styles from the numbers a document typed', () => {
  const points = (labels: string[]) => recogniseText(['1. Nhiệm vụ', ...labels.map((l, i) => `${l} Nội dung của điểm thứ ${i + 1}.`)].join('\n'));

  it.each<[string, string[], NumberedKind, NumberStyle]>([
    ['Word’s Latin letters', ['a)', 'b)', 'c)', 'd)', 'e)', 'f)'], 'heading4', 'lower-latin'],
    ['Vietnamese letters', ['a)', 'b)', 'c)', 'd)', 'đ)', 'e)'], 'heading4', 'lower-alpha'],
    ['"Thứ nhất" ordinals', ['Thứ nhất,', 'Thứ hai,', 'Thứ ba,'], 'ordinal', 'ordinal-nth'],
    ['"Một là" ordinals', ['Một là,', 'Hai là,', 'Ba là,'], 'ordinal', 'ordinal-words'],
  ])('reads %s as that style and derives each label as typed', (_name, labels, kind, style) => {
    const result = points(labels);
    expect(result.numbering[kind].style).toBe(style);
    expect(numberBlocks(blocksOf(result), result.numbering).slice(1).map((l) => l && labelKey(l))).toEqual(labels.map(labelKey));
    expect(result.warnings).toEqual([]);
  });
});

describe('numbers no scheme reproduces', () => {
  it('keeps the derived numbers and names each block whose number differs from the source', () => {
    const result = recogniseText(['1. Nhiệm vụ', '(1) Chỉ tiêu một.', '(2) Chỉ tiêu hai.', '(2) Chỉ tiêu gõ trùng.', '(3) Chỉ tiêu bốn.'].join('\n'));
    expect(numberBlocks(blocksOf(result), result.numbering)).toEqual(['1', '(1)', '(2)', '(3)', '(4)']);
    const warning = result.warnings.find((w) => w.code === 'numbering_differs');
    expect(warning?.blocks).toEqual([
      { id: 'b4', source: '(2)', derived: '(3)' },
      { id: 'b5', source: '(3)', derived: '(4)' },
    ]);
    expect(warning?.message).toContain('Số thứ tự của 2 khối');
    expect(warning?.message).toContain('“(2) Chỉ tiêu gõ trùng.” nay là (3)');
    expect(warning?.message).toContain('“(3) Chỉ tiêu bốn.” nay là (4)');
  });

  it('lists every such block, and names the first thirty in its sentence', () => {
    const lines = ['1. Nhiệm vụ', ...Array.from({ length: 41 }, (_, i) => `(${i === 0 ? 1 : i + 5}) Chỉ tiêu thứ ${i + 1}.`)];
    const warning = recogniseText(lines.join('\n')).warnings.find((w) => w.code === 'numbering_differs')!;
    expect(warning.blocks).toHaveLength(40);
    expect(warning.message).toContain('Số thứ tự của 40 khối');
    expect(warning.message).toContain('nay là (31)');
    expect(warning.message).not.toContain('nay là (32)');
    expect(warning.message).toContain('và 10 khối khác');
  });
});
