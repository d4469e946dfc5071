import { prosemirrorToYXmlFragment, updateYFragment, yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ContentMirror, ContentRefused } from '../../../main/server/sync/ContentMirror.ts';
import { docFromFlatBlocks } from '../../../shared/content/build.ts';
import { CONTENT_FRAGMENT } from '../../../shared/document/contentFragment.ts';
import { EMPTY_HEADER } from '../../../shared/document/header.ts';
import { NUMBERING_KEY, SETTINGS_MAP } from '../../../shared/document/documentSettings.ts';
import { schema } from '../../../shared/editor/schema.ts';
import { DEFAULT_SCHEME } from '../../../shared/numbering/defaultScheme.ts';
import type { Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';

const header = schema.nodes.header.create({ ...EMPTY_HEADER, id: 'hdr0000001', docType: 'BÁO CÁO CHÍNH TRỊ' });
const BASE = docFromFlatBlocks(
  [
    { id: 'sec0000001', type: 'section', level: null, text: 'KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT' },
    { id: 'hea0000001', type: 'heading', level: 1, text: 'Về phát triển kinh tế' },
    { id: 'par0000001', type: 'paragraph', level: null, text: 'Tăng trưởng kinh tế bình quân đạt 11,1%/năm.' },
    { id: 'tab0000001', type: 'table', level: null, text: 'Chỉ tiêu\tKết quả\nGRDP\t11,1%' },
  ],
  header,
);

/** A live document, its mirror, and a client synced with it that makes changes. */
function setUp() {
  const live = new Y.Doc({ gc: false });
  live.transact(() => prosemirrorToYXmlFragment(BASE, live.getXmlFragment(CONTENT_FRAGMENT)));
  const mirror = new ContentMirror(live);
  const client = new Y.Doc({ gc: false });
  Y.applyUpdate(client, Y.encodeStateAsUpdate(live));
  /** The update `change` makes on the client. */
  const updateOf = (change: (doc: Y.Doc, fragment: Y.XmlFragment) => void): Uint8Array => {
    const before = Y.encodeStateVector(client);
    client.transact(() => change(client, client.getXmlFragment(CONTENT_FRAGMENT)), 'test');
    return Y.encodeStateAsUpdate(client, before);
  };
  /** The update an editor makes when ProseMirror's document becomes `edit(doc)`. */
  const editorUpdate = (edit: (doc: Node) => Node): Uint8Array =>
    updateOf((doc, fragment) => updateYFragment(doc, fragment, edit(yXmlFragmentToProseMirrorRootNode(fragment, schema)), { mapping: new Map(), isOMark: new Map() }));
  return { live, mirror, client, updateOf, editorUpdate };
}

const block = (fragment: Y.XmlFragment, i: number) => fragment.get(i) as Y.XmlElement;
const textOf = (fragment: Y.XmlFragment, i: number) => block(fragment, i).get(0) as Y.XmlText;

describe('ContentMirror accepts what editors write', () => {
  it('returns what a keystroke adds, and nothing for an update the document already has', () => {
    const { mirror, updateOf } = setUp();
    const update = updateOf((_, f) => textOf(f, 3).insert(0, 'Nhìn chung, '));
    const added = mirror.tryUpdate(update);
    expect(added).not.toBeNull();
    expect(mirror.tryUpdate(update)).toBeNull();
  });

  it.each<[string, (doc: Node) => Node]>([
    ['a new paragraph (Enter)', (doc) => doc.copy(doc.content.addToEnd(schema.nodes.paragraph.create({ id: 'new0000001' }, schema.text('Một là, …'))))],
    ['bold and a footnote reference', (doc) => {
      let start = 1;
      for (let i = 0; i < 3; i++) start += doc.child(i).nodeSize;
      return new Transform(doc)
        .addMark(start + 5, start + 15, schema.marks.strong.create())
        .addMark(start + 20, start + 22, schema.marks.footnote_ref.create({ note: 'fn00000001' })).doc;
    }],
    ['a heading made level 2', (doc) => doc.copy(doc.content.replaceChild(2, schema.nodes.heading.create({ id: 'hea0000001', level: 2 }, doc.child(2).content)))],
    ['every block deleted but one', (doc) => doc.copy(doc.content.cut(0, doc.child(0).nodeSize + doc.child(1).nodeSize))],
  ])('accepts %s', (_label, edit) => {
    const { mirror, editorUpdate } = setUp();
    expect(mirror.tryUpdate(editorUpdate(edit))).not.toBeNull();
  });

  it('accepts a numbering scheme, as the dialog writes it (an object) and as drafts store it (JSON)', () => {
    const { mirror, updateOf } = setUp();
    expect(mirror.tryUpdate(updateOf((doc) => doc.getMap(SETTINGS_MAP).set(NUMBERING_KEY, DEFAULT_SCHEME)))).not.toBeNull();
    expect(mirror.tryUpdate(updateOf((doc) => doc.getMap(SETTINGS_MAP).set(NUMBERING_KEY, JSON.stringify(DEFAULT_SCHEME))))).not.toBeNull();
    expect(mirror.tryUpdate(updateOf((doc) => doc.getMap(SETTINGS_MAP).delete(NUMBERING_KEY)))).not.toBeNull();
  });

  it('accepts Y.PermanentUserData naming the client and recording its deletions', () => {
    const { mirror, client, updateOf } = setUp();
    let pud: Y.PermanentUserData | undefined;
    expect(mirror.tryUpdate(updateOf((doc) => (pud = new Y.PermanentUserData(doc)).setUserMapping(doc, doc.clientID, 'Nguyễn Văn A')))).not.toBeNull();
    expect(mirror.tryUpdate(updateOf((_, f) => textOf(f, 3).delete(0, 4)))).not.toBeNull();
    expect(pud?.getUserByClientId(client.clientID)).toBe('Nguyễn Văn A');
  });

  it('accepts a deletion that leaves a table cell without its paragraph (two people deleting at once can)', () => {
    const { mirror, updateOf } = setUp();
    const cell = () => ((block(fragmentOf(updateOf), 4).get(0) as Y.XmlElement).get(0) as Y.XmlElement);
    expect(mirror.tryUpdate(updateOf(() => cell().delete(0, 1)))).not.toBeNull();
  });
});

/** The client's content fragment, reached through a no-op change. */
function fragmentOf(updateOf: ReturnType<typeof setUp>['updateOf']): Y.XmlFragment {
  let fragment: Y.XmlFragment | undefined;
  updateOf((_, f) => (fragment = f));
  return fragment!;
}

const paragraphWith = (attrs: Record<string, unknown>, text = 'x') => {
  const el = new Y.XmlElement('paragraph');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v as string);
  el.insert(0, [new Y.XmlText(text)]);
  return el;
};

describe('ContentMirror refuses what the schema does not allow', () => {
  it.each<[string, RegExp, (doc: Y.Doc, fragment: Y.XmlFragment) => void]>([
    ['a heading with level "NaN"', /heading.*level/, (_, f) => {
      const h = new Y.XmlElement('heading');
      h.setAttribute('level', 'NaN');
      f.insert(1, [h]);
    }],
    ['an existing heading given level 7', /heading.*level/, (_, f) => block(f, 2).setAttribute('level', 7 as unknown as string)],
    ['bare text at the top level', /cấp cao nhất/, (_, f) => f.insert(1, [new Y.XmlText('trần')])],
    ['a bare string at the top level', /cấp cao nhất/, (_, f) => f.insert(1, ['trần' as unknown as Y.XmlText])],
    ['an object as a new block’s id', /paragraph.*"id"/, (_, f) => f.insert(1, [paragraphWith({ id: { evil: true } })])],
    ['an object as an existing block’s id', /paragraph.*"id"/, (_, f) => block(f, 3).setAttribute('id', { evil: true } as unknown as string)],
    ['an unknown attribute', /thuộc tính lạ "onclick"/, (_, f) => block(f, 3).setAttribute('onclick', 'x')],
    ['an unknown node', /khối lạ "script"/, (_, f) => f.insert(1, [new Y.XmlElement('script')])],
    ['a node named after an Object property', /khối lạ "constructor"/, (_, f) => f.insert(1, [new Y.XmlElement('constructor')])],
    ['a doc inside the doc', /khối lạ "doc"/, (_, f) => f.insert(1, [new Y.XmlElement('doc')])],
    ['an unknown mark on new text', /định dạng lạ "blink"/, (_, f) => textOf(f, 3).insert(0, 'x', { blink: {} })],
    ['an unknown mark on existing text', /định dạng lạ "blink"/, (_, f) => textOf(f, 3).format(0, 4, { blink: {} })],
    ['a footnote reference whose note is an object', /footnote_ref.*"note"/, (_, f) => textOf(f, 3).format(0, 4, { footnote_ref: { note: {} } })],
    ['an embedded object in text', /nhúng/, (_, f) => textOf(f, 3).insertEmbed(0, { img: 'x' })],
    ['an attribute on text', /văn bản mang thuộc tính/, (_, f) => textOf(f, 3).setAttribute('x', 'y')],
    ['a paragraph inside a paragraph', /paragraph.*không được đặt/, (_, f) => block(f, 3).insert(1, [new Y.XmlElement('paragraph')])],
    ['a second header after the first block', /header.*không được đặt/, (_, f) => f.insert(2, [new Y.XmlElement('header')])],
    ['a table row at the top level', /table_row/, (_, f) => f.insert(1, [new Y.XmlElement('table_row')])],
    ['a new table without rows', /table/, (_, f) => f.insert(1, [new Y.XmlElement('table')])],
    ['garbage as the numbering scheme', /đánh số/, (doc) => doc.getMap(SETTINGS_MAP).set(NUMBERING_KEY, { garbage: true })],
    ['text that is not JSON as the numbering scheme', /đánh số/, (doc) => doc.getMap(SETTINGS_MAP).set(NUMBERING_KEY, '{not json')],
    ['an unknown setting', /cài đặt lạ "evil"/, (doc) => doc.getMap(SETTINGS_MAP).set('evil', 1)],
    ['a shared type inside the settings', /đánh số/, (doc) => doc.getMap(SETTINGS_MAP).set(NUMBERING_KEY, new Y.Map())],
    ['an unknown root', /nhánh dữ liệu lạ "t"/, (doc) => doc.getText('t').insert(0, 'x')],
    ['garbage as a user of PermanentUserData', /người dùng/, (doc) => doc.getMap('users').set('Nguyễn Văn A', 5)],
  ])('refuses %s', (_label, message, change) => {
    const { mirror, updateOf } = setUp();
    const update = updateOf(change);
    expect(() => mirror.tryUpdate(update)).toThrow(ContentRefused);
    expect(() => mirror.tryUpdate(update)).toThrow(message);
  });

  it('refuses bytes that are not an update', () => {
    const { mirror } = setUp();
    expect(() => mirror.tryUpdate(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x01, 0x02]))).toThrow(ContentRefused);
  });

  it('keeps nothing of a refused update: trying it again refuses it again, and a valid edit after it is taken alone', () => {
    const { live, mirror, updateOf } = setUp();
    const bad = updateOf((_, f) => f.insert(1, [new Y.XmlText('trần')]));
    expect(() => mirror.tryUpdate(bad)).toThrow(ContentRefused);
    expect(() => mirror.tryUpdate(bad)).toThrow(ContentRefused);
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(live));
    const good = (() => {
      const before = Y.encodeStateVector(fresh);
      textOf(fresh.getXmlFragment(CONTENT_FRAGMENT), 3).insert(0, 'Đúng. ');
      return Y.encodeStateAsUpdate(fresh, before);
    })();
    const added = mirror.tryUpdate(good)!;
    Y.applyUpdate(live, added);
    expect(live.getXmlFragment(CONTENT_FRAGMENT).toString()).toContain('Đúng. Tăng trưởng');
    expect(live.getXmlFragment(CONTENT_FRAGMENT).toString()).not.toContain('trần');
  });
});
