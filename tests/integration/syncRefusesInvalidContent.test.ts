import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../../shared/document/contentFragment.ts';
import { NUMBERING_KEY, SETTINGS_MAP } from '../../shared/document/documentSettings.ts';
import { CLOSE } from '../../shared/rpc/closeCodes.ts';
import { syncDocumentName } from '../../shared/rpc/protocol.ts';
import { superviseSync } from '../../renderer/editor/superviseSync.ts';
import { connectProvider, settled, waitFor } from '../helpers/provider.ts';
import { authMessage, openRawSync, updateMessage } from '../helpers/rawSync.ts';
import { useTestServer } from '../helpers/testServer.ts';
import { plainText, typeText } from '../helpers/yContent.ts';

const env = useTestServer();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function newDocument() {
  const { workspace } = await env.call('workspace.create', { name: 'Đại hội XVII' });
  const { document } = await env.call('document.create', { workspaceId: workspace.id, kind: 'political_report', title: 'Báo cáo chính trị' });
  return { workspaceId: workspace.id, documentId: document.id };
}

const firstBlock = (ydoc: Y.Doc) => ydoc.getXmlFragment(CONTENT_FRAGMENT).get(0) as Y.XmlElement;

/** Hand-made changes an editor never makes, written with the raw Yjs API. */
const BAD: [string, RegExp, (ydoc: Y.Doc) => void][] = [
  ['a heading with level "NaN"', /heading/, (ydoc) => {
    const heading = new Y.XmlElement('heading');
    heading.setAttribute('level', 'NaN');
    ydoc.getXmlFragment(CONTENT_FRAGMENT).insert(1, [heading]);
  }],
  ['bare text at the top level', /cấp cao nhất/, (ydoc) => ydoc.getXmlFragment(CONTENT_FRAGMENT).insert(1, [new Y.XmlText('chữ trần')])],
  ['an object as a block id', /"id"/, (ydoc) => firstBlock(ydoc).setAttribute('id', { evil: 1 } as unknown as string)],
  ['an unknown node', /script/, (ydoc) => ydoc.getXmlFragment(CONTENT_FRAGMENT).insert(1, [new Y.XmlElement('script')])],
  ['an unknown mark', /blink/, (ydoc) => {
    const text = new Y.XmlText();
    firstBlock(ydoc).insert(0, [text]);
    text.insert(0, 'nhấp nháy', { blink: {} });
  }],
  ['garbage as the numbering scheme', /đánh số/, (ydoc) => ydoc.getMap(SETTINGS_MAP).set(NUMBERING_KEY, { part: 'garbage' })],
];

describe('sync refuses content the schema does not allow', () => {
  it.each(BAD)('never stores or broadcasts %s, and the sender stops sending it', async (_label, detail, change) => {
    const doc = await newDocument();
    const watcher = connectProvider(env.server.url, env.server.secret, doc.workspaceId, doc.documentId);
    const bad = connectProvider(env.server.url, env.server.secret, doc.workspaceId, doc.documentId);
    const sync = superviseSync(bad.provider, () => undefined);
    let opened = 0;
    bad.provider.on('open', () => opened++);
    await Promise.all([settled(watcher.provider), settled(bad.provider)]);
    const store = env.server.workspaces.store(doc.workspaceId);
    const rows = () => ({ count: store.updates.count(doc.documentId), bytes: store.updates.bytes(doc.documentId) });
    const before = rows();
    const watched = Y.encodeStateVector(watcher.ydoc);

    bad.ydoc.transact(() => change(bad.ydoc), 'test');
    await waitFor(() => sync.state.refused === 'invalidContent', 5000, 'the refusal');
    expect(sync.state.refusedDetail).toMatch(detail);
    await sleep(1500); // a provider that resent it would have reconnected by now
    expect(opened).toBe(1);
    expect(rows()).toEqual(before);
    expect(Y.encodeStateVector(watcher.ydoc)).toEqual(watched);
    bad.destroy();

    // A valid edit right after is taken, stored and broadcast.
    typeText(watcher.ydoc, 'Vẫn soạn được.');
    await settled(watcher.provider);
    expect(rows().count).toBe(before.count + 1);
    watcher.destroy();
    await env.restart();
    const reader = connectProvider(env.server.url, env.server.secret, doc.workspaceId, doc.documentId);
    await settled(reader.provider);
    expect(plainText(reader.ydoc)).toBe('Vẫn soạn được.');
    expect(reader.ydoc.getXmlFragment(CONTENT_FRAGMENT).toArray().map((b) => (b as Y.XmlElement).nodeName)).toEqual(['paragraph']);
    expect(reader.ydoc.getMap(SETTINGS_MAP).has(NUMBERING_KEY)).toBe(false);
    reader.destroy();
  });

  it('closes a raw socket that sends a hand-crafted update with invalid_content, without acknowledging it', async () => {
    const doc = await newDocument();
    const name = syncDocumentName(doc.workspaceId, doc.documentId);
    const watcher = connectProvider(env.server.url, env.server.secret, doc.workspaceId, doc.documentId);
    await settled(watcher.provider);
    const watched = Y.encodeStateVector(watcher.ydoc);
    const raw = await openRawSync(env.server.url, env.server.secret);
    raw.send(authMessage(name));
    const hostile = new Y.Doc();
    const element = new Y.XmlElement('heading');
    element.setAttribute('level', 'NaN');
    hostile.getXmlFragment(CONTENT_FRAGMENT).insert(0, [element]);
    raw.send(updateMessage(name, Y.encodeStateAsUpdate(hostile)));
    const { code, reason } = await raw.closed;
    expect(code).toBe(CLOSE.invalidContent.code);
    expect(reason).toMatch(/^invalid_content: heading/);
    expect(raw.acknowledged()).toBe(false);
    await sleep(100);
    expect(Y.encodeStateVector(watcher.ydoc)).toEqual(watched);
    watcher.destroy();
  });
});
