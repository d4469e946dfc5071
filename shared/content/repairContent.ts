import type { ContentRepair } from './contentRepair.ts';
import { HEADER_FIELDS } from '../document/header.ts';
import {
  childrenOf,
  collectIds,
  deepText,
  headerText,
  isObject,
  isTextOnly,
  type Raw,
  repairMarks,
  safeJson,
  textContent,
  textOf,
  typeOf,
  withContent,
  withMarks,
} from './repairParts.ts';
import { duplicateBlockId } from '../document/ids.ts';
import { isBlockId } from './attrRules.ts';
import { checkAttr } from './repairAttrs.ts';
import { schema } from '../editor/schema.ts';

/** ProseMirror JSON as repairContent returns it: valid for `schema`. */
export interface PmJson {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PmJson[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

export interface RepairedContent {
  doc: PmJson & { type: 'doc' };
  /** Empty exactly when the input was already valid content. */
  repairs: ContentRepair[];
}

const TEXTBLOCKS: ReadonlySet<string> = new Set(Object.values(schema.nodes).filter((t) => t.isTextblock).map((t) => t.name));
const TABLE_PARTS: ReadonlySet<string> = new Set(['table', 'table_row', 'table_cell']);
/** The type of a placeholder for a stored block that could not be decoded at all. */
export const UNREADABLE_BLOCK = '\u0000unreadable';

/** Deeper than this, a node is read as text only: hostile nesting must not overflow the stack. */
const MAX_DEPTH = 64;

/**
 * Makes stored ProseMirror-ish JSON (a `doc`, or an array of top-level blocks) valid for the
 * schema, deterministically (same input, same output, on every machine), and lists every change:
 * a bad attribute gets its default (the old value kept in the repair), bare text at the top level
 * is wrapped in a paragraph, an unknown node is replaced by its content, an unknown mark is
 * dropped (its text kept), an invalid id is replaced by an id derived from it and its place.
 * Text is never dropped: every character of a text node reaches the output. Never throws.
 */
export function repairContent(raw: unknown): RepairedContent {
  const items = Array.isArray(raw) ? raw : typeOf(raw) === 'doc' ? childrenOf(raw) : [raw];
  const repairer = new Repairer(items);
  return { doc: { type: 'doc', content: repairer.doc(items) }, repairs: repairer.repairs };
}

class Repairer {
  readonly repairs: ContentRepair[] = [];
  private readonly taken = new Set<string>();
  private hasHeader = false;

  constructor(items: unknown[]) {
    collectIds(items, this.taken);
  }

  doc(items: unknown[]): PmJson[] {
    const out: PmJson[] = [];
    this.blocks(items, [], out);
    if (!out.some((b) => b.type !== 'header')) {
      if (items.length > 0) this.note({ kind: 'filled', path: [], type: 'doc' });
      out.push(this.paragraph([items.length], []));
    }
    return out;
  }

  private note(repair: ContentRepair): void {
    this.repairs.push(repair);
  }

  /** Top-level content: blocks, with runs of inline content wrapped in paragraphs. */
  private blocks(items: unknown[], base: number[], out: PmJson[]): void {
    let run: { item: unknown; path: number[] }[] = [];
    const flush = () => {
      if (run.length === 0) return;
      this.note({ kind: 'wrapped', path: run[0].path, type: 'text', was: run.map((r) => r.item) });
      out.push(this.paragraph(run[0].path, run.flatMap((r) => this.inline([r.item], r.path.slice(0, -1), r.path.at(-1)!))));
      run = [];
    };
    items.forEach((item, i) => {
      const path = [...base, i];
      const type = typeOf(item);
      if (type === 'text' || type === 'hard_break' || typeof item === 'string' || (!(type in schema.nodes) && isTextOnly(item))) {
        run.push({ item, path });
        return;
      }
      flush();
      if (path.length > MAX_DEPTH || type === UNREADABLE_BLOCK) out.push(this.unreadable(item, path));
      else if (type === 'header') out.push(...this.header(item as Raw, path, out.length === 0 && !this.hasHeader));
      else if (TEXTBLOCKS.has(type)) out.push(this.textblock(item as Raw, path, type));
      else if (type === 'table') out.push(this.table(item as Raw, path));
      else if (type === 'table_row' || type === 'table_cell') {
        this.note({ kind: 'wrapped', path, type, was: item });
        const row = type === 'table_row' ? item : { type: 'table_row', content: [item] };
        out.push(this.table({ type: 'table', attrs: { id: this.freshId(path, 'table') }, content: [row] }, path, false));
      } else if (!isObject(item)) out.push(this.unreadable(item, path));
      else {
        this.note({ kind: type === 'doc' ? 'misplaced' : 'unknown_node', path, type, was: item });
        this.blocks(childrenOf(item), path, out);
      }
    });
    flush();
  }

  private header(item: Raw, path: number[], allowed: boolean): PmJson[] {
    if (!allowed) {
      this.note({ kind: 'misplaced', path, type: 'header', was: item });
      const attrs = isObject(item.attrs) ? item.attrs : {};
      const text = HEADER_FIELDS.map((f) => attrs[f]).filter((v): v is string => typeof v === 'string' && v !== '').join('\n');
      return [this.paragraph(path, textContent(text), attrs.id)];
    }
    this.hasHeader = true;
    const header: PmJson = { type: 'header', attrs: this.attrs('header', item, path) };
    const children = childrenOf(item);
    if (children.length === 0) return [header];
    this.note({ kind: 'misplaced', path, type: 'text', was: children });
    return [header, this.paragraph([...path, 0], this.inline(children, path))];
  }

  private textblock(item: Raw, path: number[], type: string): PmJson {
    if (item.marks !== undefined && !(Array.isArray(item.marks) && item.marks.length === 0)) {
      this.note({ kind: 'mark', path, type, was: item.marks });
    }
    return withContent({ type, attrs: this.attrs(type, item, path) }, this.inline(childrenOf(item), path));
  }

  /** Inline content: text and hard breaks; anything else gives its text in its place. */
  private inline(items: unknown[], base: number[], first = 0): PmJson[] {
    const out: PmJson[] = [];
    items.forEach((item, k) => {
      const path = [...base, first + k];
      const type = typeOf(item);
      if ((type === 'text' || type === 'hard_break') && childrenOf(item).length > 0 && path.length <= MAX_DEPTH) {
        // A leaf with children: the leaf, then its children's text after it.
        this.note({ kind: 'misplaced', path, type, was: item });
        out.push(...this.inline([{ ...(item as Raw), content: undefined }], base, first + k), ...this.inline(childrenOf(item), path));
      } else if (typeof item === 'string' || (type === 'text' && typeof (item as Raw).text !== 'string')) {
        const text = typeof item === 'string' ? item : textOf((item as Raw).text);
        this.note({ kind: 'misplaced', path, type: 'text', was: item });
        if (text) out.push({ type: 'text', text });
      } else if (type === 'text') {
        const text = (item as Raw).text as string;
        if (text === '') this.note({ kind: 'misplaced', path, type: 'text', was: item });
        else out.push(withMarks({ type: 'text', text }, this.marks((item as Raw).marks, path)));
      } else if (type === 'hard_break') {
        out.push(withMarks({ type: 'hard_break' }, this.marks((item as Raw).marks, path)));
      } else if (path.length > MAX_DEPTH || !isObject(item)) {
        this.note({ kind: 'unreadable', path, type, was: item });
        const text = deepText(item);
        if (text) out.push(...textContent(text));
      } else {
        const known = type in schema.nodes;
        this.note({ kind: known ? 'misplaced' : 'unknown_node', path, type, was: item });
        // A block inside a block starts a new line; an unknown inline wrapper does not.
        if (known && out.length > 0) out.push({ type: 'hard_break' });
        if (type === 'header') out.push(...textContent(headerText(item)));
        else if (!known && isTextOnly(item)) out.push({ type: 'text', text: (item as Raw).text as string });
        else out.push(...this.inline(childrenOf(item), path));
      }
    });
    return out;
  }

  private marks(raw: unknown, path: number[]): PmJson['marks'] {
    return repairMarks(raw, path, (repair) => this.note(repair));
  }

  private table(item: Raw, path: number[], own = true): PmJson {
    const attrs = own ? this.attrs('table', item, path) : { id: (item.attrs as Raw).id };
    const rows: PmJson[] = [];
    this.rows(childrenOf(item), path, rows);
    if (rows.length > 0) return { type: 'table', attrs, content: rows };
    this.note({ kind: 'filled', path, type: 'table' });
    return this.paragraph(path, [], attrs.id);
  }

  private rows(items: unknown[], base: number[], out: PmJson[]): void {
    items.forEach((item, i) => {
      const path = [...base, i];
      const type = typeOf(item);
      if (type === 'table_row' && path.length <= MAX_DEPTH) {
        out.push(this.row(item as Raw, path));
      } else if (isObject(item) && !(type in schema.nodes) && !isTextOnly(item) && path.length <= MAX_DEPTH) {
        this.note({ kind: 'unknown_node', path, type, was: item });
        this.rows(childrenOf(item), path, out);
      } else {
        if (type !== 'table_cell') this.note({ kind: 'wrapped', path, type: type || typeof item, was: item });
        const cell = type === 'table_cell' ? this.cell(item as Raw, path) : this.cell({ type: 'table_cell', content: [item] }, path, false);
        out.push({ type: 'table_row', content: [cell] });
      }
    });
  }

  private row(item: Raw, path: number[]): PmJson {
    this.attrs('table_row', item, path);
    const cells: PmJson[] = [];
    const add = (items: unknown[], base: number[]) =>
      items.forEach((child, i) => {
        const p = [...base, i];
        const type = typeOf(child);
        if (type === 'table_cell' && p.length <= MAX_DEPTH) cells.push(this.cell(child as Raw, p));
        else if (isObject(child) && !(type in schema.nodes) && !isTextOnly(child) && p.length <= MAX_DEPTH) {
          this.note({ kind: 'unknown_node', path: p, type, was: child });
          add(childrenOf(child), p);
        } else {
          this.note({ kind: 'wrapped', path: p, type: type || typeof child, was: child });
          cells.push(this.cell({ type: 'table_cell', content: [child] }, p, false));
        }
      });
    add(childrenOf(item), path);
    if (cells.length === 0) {
      this.note({ kind: 'filled', path, type: 'table_row' });
      cells.push({ type: 'table_cell', attrs: this.attrs('table_cell', {}, path), content: [this.paragraph(path, [])] });
    }
    return { type: 'table_row', content: cells };
  }

  private cell(item: Raw, path: number[], own = true): PmJson {
    const attrs = this.attrs('table_cell', own ? item : {}, path);
    const content: PmJson[] = [];
    this.cellContent(childrenOf(item), path, content);
    if (content.length === 0) {
      this.note({ kind: 'filled', path, type: 'table_cell' });
      content.push(this.paragraph([...path, 0], []));
    }
    return { type: 'table_cell', attrs, content };
  }

  /** A cell holds paragraphs only: other blocks become paragraphs with their text. */
  private cellContent(items: unknown[], base: number[], out: PmJson[]): void {
    items.forEach((item, i) => {
      const path = [...base, i];
      const type = typeOf(item);
      if (type === 'paragraph' && path.length <= MAX_DEPTH) out.push(this.textblock(item as Raw, path, type));
      else if (isObject(item) && !(type in schema.nodes) && !isTextOnly(item) && path.length <= MAX_DEPTH) {
        this.note({ kind: 'unknown_node', path, type, was: item });
        this.cellContent(childrenOf(item), path, out);
      } else if (TEXTBLOCKS.has(type) && path.length <= MAX_DEPTH) {
        this.note({ kind: 'misplaced', path, type, was: item });
        const id = isObject((item as Raw).attrs) ? ((item as Raw).attrs as Raw).id : undefined;
        out.push(this.textblock({ ...(item as Raw), type: 'paragraph', attrs: { id } }, path, 'paragraph'));
      } else {
        if (type !== 'text' && type !== 'hard_break' && typeof item !== 'string') this.note({ kind: 'misplaced', path, type, was: item });
        else this.note({ kind: 'wrapped', path, type: 'text', was: item });
        const inline = TABLE_PARTS.has(type) || type === 'header' ? this.quietInline(item, path) : this.inline([item], base, i);
        out.push(this.paragraph(path, inline));
      }
    });
  }

  /** The inline content of a node whose own change was already noted. */
  private quietInline(item: unknown, path: number[]): PmJson[] {
    if (typeOf(item) === 'header') return textContent(headerText(item));
    if (path.length > MAX_DEPTH) return textContent(deepText(item));
    return this.inline(childrenOf(item), path);
  }

  private unreadable(item: unknown, path: number[]): PmJson {
    this.note({ kind: 'unreadable', path, type: typeOf(item) || typeof item, was: item });
    return this.paragraph(path, textContent(deepText(item)));
  }

  /** The node's attributes as the schema declares them, each one checked. */
  private attrs(type: string, item: Raw, path: number[]): Record<string, unknown> {
    const spec = schema.nodes[type].spec.attrs ?? {};
    const given: Raw = isObject(item.attrs) ? item.attrs : {};
    if (item.attrs !== undefined && item.attrs !== null && !isObject(item.attrs)) this.note({ kind: 'attribute', path, type, was: item.attrs });
    const out: Record<string, unknown> = {};
    for (const [name, attr] of Object.entries(spec)) {
      const value = given[name];
      if (name === 'id') {
        out.id = this.id(value, path, type);
        continue;
      }
      const check = checkAttr(type, name, value);
      if (!check.ok) this.note({ kind: 'attribute', path, type, attr: name, was: value, now: check.now });
      out[name] = check.ok ? (value === undefined ? attr.default : value) : check.now;
    }
    for (const [name, value] of Object.entries(given)) {
      if (!(name in spec) && value !== undefined && value !== null) this.note({ kind: 'attribute', path, type, attr: name, was: value });
    }
    return out;
  }

  private id(value: unknown, path: number[], type: string): string | null {
    if (value === undefined || value === null) return null;
    if (isBlockId(value)) return value;
    const id = this.freshId(path, safeJson(value));
    this.note({ kind: 'id', path, type, attr: 'id', was: value, now: id });
    return id;
  }

  /** An id derived from the place and what was there: the same input gives the same id. */
  private freshId(path: number[], seed: string): string {
    let attempt = 0;
    let id = duplicateBlockId(`repair:${path.join('.')}:${seed}`, 0, attempt);
    while (this.taken.has(id)) id = duplicateBlockId(`repair:${path.join('.')}:${seed}`, 0, ++attempt);
    this.taken.add(id);
    return id;
  }

  private paragraph(path: number[], content: PmJson[], id?: unknown): PmJson {
    return withContent({ type: 'paragraph', attrs: { id: isBlockId(id) ? id : this.freshId(path, 'paragraph') } }, content);
  }
}
