import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { writeDocumentContent } from '../../main/services/drafts/writeDocumentContent.ts';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import { docFromFlatBlocks } from '../../shared/content/build.ts';
import { DRAFT_BLOCKS } from '../fixtures/draftBlocks.ts';
import { POISON_KINDS, poisonStoredDocument } from '../fixtures/poisonedContent.ts';
import { vankien } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { rawDatabase } from '../helpers/rawDatabase.ts';

describe('vankien on stored content the schema refuses', () => {
  it('exports, freezes, compares and lists a poisoned working copy and a poisoned draft without an internal error', () => {
    const dir = tempDir();
    try {
      const path = join(dir.path, 'w.vkws');
      const store = WorkspaceStore.create(path, 'W');
      const document = store.documents.create('political_report', 'Báo cáo');
      writeDocumentContent(store, document.id, docFromFlatBlocks(DRAFT_BLOCKS));
      // Draft 1 frozen with every bad kind, as a draft frozen before the fix stays.
      const blocks = [...(docFromFlatBlocks(DRAFT_BLOCKS).toJSON().content as unknown[]), ...POISON_KINDS.flatMap((k) => k.blocks)];
      store.drafts.insert({ documentId: document.id, stage: 'subcommittee', author: 'A', note: '', origin: 'app', words: 1, numbering: POISON_KINDS.at(-1)!.numbering!, blocks, yState: Y.encodeStateAsUpdateV2(new Y.Doc()), snapshot: null });
      poisonStoredDocument(store, document.id, ...POISON_KINDS);
      store.close();

      const doc = ['--workspace', path, '--document', 'Báo cáo'];
      const runs = [
        ['export', ...doc, '--format', 'txt', '--out', join(dir.path, 'a.txt'), '--json'],
        ['export', ...doc, '--format', 'docx', '--out', join(dir.path, 'a.docx'), '--json'],
        ['export', ...doc, '--draft', '1', '--format', 'txt', '--out', join(dir.path, 'd1.txt'), '--json'],
        ['compare', ...doc, '--drafts', '1,working', '--json'],
        ['draft', 'freeze', ...doc, '--author', 'Tổ biên tập', '--json'],
        ['compare', ...doc, '--drafts', '1,2', '--json'],
        ['draft', 'list', ...doc, '--json'],
      ];
      for (const args of runs) {
        const run = vankien(...args);
        expect({ args: args.slice(0, 2), status: run.status, error: run.json?.error }).toEqual({ args: args.slice(0, 2), status: 0, error: undefined });
      }
      const text = readFileSync(join(dir.path, 'a.txt'), 'utf8');
      const draftText = readFileSync(join(dir.path, 'd1.txt'), 'utf8');
      for (const kind of POISON_KINDS) {
        if (!kind.text) continue;
        expect(text).toContain(kind.text);
        expect(draftText).toContain(kind.text);
      }
      const check = WorkspaceStore.open(path);
      expect(rawDatabase(check).prepare('SELECT COUNT(*) AS n FROM content_repairs').get()).toEqual({ n: 1 });
      expect(check.drafts.blocks(document.id, 1)).toEqual(blocks);
      check.close();
    } finally {
      dir.remove();
    }
  });
});
