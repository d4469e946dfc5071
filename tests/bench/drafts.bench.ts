/**
 * Issue 4 figures for drafts: bytes stored for 12 drafts of a 40,000-word report against one
 * draft (target ≤ 3×), with ~5% of blocks changed between drafts the way editors change them
 * (in place in the Yjs document: words replaced, paragraphs inserted and deleted); time to freeze
 * a draft and to read one back (blocks numbered, ready to compare).
 */
import * as Y from 'yjs';
import { loadYDoc } from '../../main/services/documents/documentContent.ts';
import { writeDocumentContent } from '../../main/services/drafts/writeDocumentContent.ts';
import { freezeDraft, getDraft } from '../../main/services/drafts/index.ts';
import { CHECKPOINT_EVERY } from '../../main/storage/DraftStore.ts';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import { docFromFlatBlocks } from '../../shared/content/build.ts';
import { CONTENT_FRAGMENT } from '../../shared/document/contentFragment.ts';
import { corpusSentences } from '../fixtures/generators/corpus.ts';
import { type Random, seededRandom } from '../fixtures/generators/random.ts';
import { generateReport } from '../fixtures/generators/report.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { summarise, time } from './stats.ts';
import { rawDatabase } from '../helpers/rawDatabase.ts';

const DRAFTS = 12;
const CHANGED_SHARE = 0.05;
const meta = { stage: 'subcommittee' as const, author: 'Tổ biên tập', note: '' };

export async function run(): Promise<Record<string, unknown>> {
  const dir = tempDir('vankien-bench-');
  const store = WorkspaceStore.create(`${dir.path}/bench.vkws`, 'Bench');
  const { id } = store.documents.create('political_report', 'Báo cáo chính trị');
  const blocks = generateReport({ words: 40_000, seed: 11 });
  writeDocumentContent(store, id, docFromFlatBlocks(blocks.map(({ number: _n, ...b }) => b)));
  const random = seededRandom(4);
  const drafts = store.drafts;
  const freezeMs: number[] = [];
  const bytesAfter: number[] = [];
  let firstDraft: Record<string, number> = {};
  for (let n = 1; n <= DRAFTS; n++) {
    if (n > 1) editInPlace(store, id, random);
    const start = performance.now();
    freezeDraft(store, id, meta, 'bench');
    freezeMs.push(performance.now() - start);
    bytesAfter.push(drafts.bytes(id));
    if (n === 1) firstDraft = breakdown(store, id);
  }
  const getLast = await time(() => getDraft(store, id, DRAFTS), 20, 3);
  const getWorking = await time(() => getDraft(store, id, 'working'), 20, 3);
  // Draft 10 sits at the end of the longest chain: checkpoint 6 and four increments.
  const yState = await time(() => drafts.yState(id, 10), 20, 3);
  const fullYState = Y.encodeStateAsUpdateV2(loadYDoc(store, id, 'read')).byteLength;
  store.close();
  dir.remove();
  return {
    blocks: blocks.length,
    words: blocks.reduce((sum, b) => sum + b.text.split(/\s+/u).length, 0),
    checkpointEvery: CHECKPOINT_EVERY,
    oneDraftBytes: bytesAfter[0],
    oneDraftBreakdown: firstDraft,
    twelveDraftsBytes: bytesAfter[DRAFTS - 1],
    storageRatio: { value: Math.round((bytesAfter[DRAFTS - 1] / bytesAfter[0]) * 100) / 100, target: '≤ 3' },
    bytesAfterEachDraft: bytesAfter,
    workingCopyYjsStateV2Bytes: fullYState,
    freezeMs: summarise(freezeMs),
    getDraftMs: getLast,
    getWorkingCopyMs: getWorking,
    rebuildYjsStateOfDraft10Ms: yState,
  };
}

/** Where the bytes of the first draft go. */
function breakdown(store: WorkspaceStore, documentId: string): Record<string, number> {
  const row = rawDatabase(store)
    .prepare('SELECT LENGTH(block_ids) AS blockList, LENGTH(ystate) AS yjsState, COALESCE(LENGTH(snapshot), 0) AS snapshot FROM drafts WHERE document_id = ? AND number = 1')
    .get(documentId) as Record<string, number>;
  // Called right after the first draft, when every stored block is one of its blocks.
  const blocks = rawDatabase(store).prepare('SELECT SUM(LENGTH(data)) AS data, SUM(LENGTH(hash)) AS hashes FROM draft_blocks').get() as Record<string, number>;
  return { ...row, blocksDeflated: blocks.data, blockHashes: blocks.hashes };
}

/**
 * One editing round, stored as the editors' updates would be: about 5% of the blocks get a
 * sentence's words replaced, and a few paragraphs are inserted or deleted.
 */
function editInPlace(store: WorkspaceStore, documentId: string, random: Random): void {
  const ydoc = loadYDoc(store, documentId, 'read');
  const before = Y.encodeStateVector(ydoc);
  const fragment = ydoc.getXmlFragment(CONTENT_FRAGMENT);
  const sentences = corpusSentences();
  const count = Math.round(fragment.length * CHANGED_SHARE);
  ydoc.transact(() => {
    for (let k = 0; k < count; k++) {
      const index = random.int(1, fragment.length - 1);
      const roll = random.next();
      if (roll < 0.1) fragment.delete(index, 1);
      else if (roll < 0.2) fragment.insert(index, [paragraph(`bench${random.int(0, 1e9)}`, random.pick(sentences))]);
      else replaceWords(fragment.get(index) as Y.XmlElement, random);
    }
  }, 'bench-editor');
  store.updates.append(documentId, Y.encodeStateAsUpdate(ydoc, before));
  ydoc.destroy();
}

function paragraph(id: string, text: string): Y.XmlElement {
  const element = new Y.XmlElement('paragraph');
  element.setAttribute('id', id);
  element.insert(0, [new Y.XmlText(text)]);
  return element;
}

/** Replaces a few words in the middle of a block's text, as a drafter retyping a phrase does. */
function replaceWords(element: Y.XmlElement, random: Random): void {
  const text = element.get(0);
  if (!(text instanceof Y.XmlText) || text.length < 20) return;
  const at = random.int(0, text.length - 15);
  text.delete(at, random.int(3, 12));
  text.insert(at, random.pick(['phát triển bền vững ', 'nâng cao ', 'tiếp tục ', 'đẩy mạnh ', 'hoàn thiện thể chế ']));
}
