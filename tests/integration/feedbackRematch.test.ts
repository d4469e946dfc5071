import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editSource } from '../../main/services/feedback/editSource.ts';
import { importFeedbackFile } from '../../main/services/feedback/importFeedbackFile.ts';
import { importSources } from '../../main/services/feedback/importSources.ts';
import { setItemSource } from '../../main/services/feedback/setItemSource.ts';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import { commentCsv } from '../fixtures/feedback/commentFiles.ts';
import { rawDatabase } from '../helpers/rawDatabase.ts';
import { tempDir } from '../helpers/tempDir.ts';

const ward = { name: 'Đảng bộ phường Thủy Nguyên', aliases: [] as string[], level: 'ward' as const, parentId: null };

/** A workspace with the ward registered and five comments: written "Phường TN" (twice), "An Lão", "Thủy Nguyên" and by the ward's name. */
async function workspace(dir: string) {
  const store = WorkspaceStore.create(join(dir, 'gop-y.vkws'), 'Góp ý');
  const source = store.sources.create(ward);
  const rows = ['Phường TN', 'Phường TN', 'An Lão', 'Thủy Nguyên', 'Đảng bộ phường Thủy Nguyên'].map((name, i) => ({ source: name, location: '', text: `Ý kiến số ${i + 1} về phát triển đô thị.` }));
  await importFeedbackFile(store, { fileName: 'gop-y.csv', bytes: Buffer.from(commentCsv(rows)) });
  const items = () => store.feedback.list();
  return { store, source, items };
}

describe('matching flagged comments again when the registry changes', () => {
  it('attributes the comments written with an alias a person adds, and leaves every attributed comment and every still-unknown name as it was', async () => {
    const dir = tempDir();
    const { store, source, items } = await workspace(dir.path);
    try {
      expect(items().map((i) => i.attribution.status)).toEqual(['unknown', 'unknown', 'unknown', 'matched', 'matched']);
      // A person settles the first by hand with another source; it must stay theirs.
      const other = store.sources.create({ ...ward, name: 'Đảng bộ xã An Lão', level: 'commune' });
      setItemSource(store, items()[0].id, other.id, null); // it was flagged: no source seen
      const before = items();
      const { source: updated, rematched } = editSource.update(store, source.id, { ...ward, aliases: ['Phường TN'] }, 'tester');
      expect(updated.aliases).toEqual(['Phường TN']);
      // The second "Phường TN" by the new alias, and "An Lão" by the commune registered since its import.
      expect({ ...rematched, itemIds: [...rematched.itemIds].sort() }).toEqual({ attributed: 2, itemIds: [before[1].id, before[2].id].sort() });
      const after = items();
      expect(after[1].attribution).toEqual({ status: 'matched', sourceId: source.id, confidence: 1 });
      expect(after[1].sourceName).toBe('Phường TN'); // the name as written stays
      expect(after[2].attribution).toMatchObject({ status: 'matched', sourceId: other.id });
      expect(after[0].attribution).toEqual({ status: 'manual', sourceId: other.id });
      expect([after[3], after[4]]).toEqual([before[3], before[4]]);
      // Nothing more to match: a second edit writes nothing and records nothing.
      expect(editSource.update(store, source.id, { ...ward, aliases: ['Phường TN', 'P. TN'] }, 'tester').rematched).toEqual({ attributed: 0, itemIds: [] });
      expect(items()).toEqual(after);
      const audit = rawDatabase(store).prepare("SELECT actor, details FROM audit_log WHERE action = 'feedback.source_rematch'").all() as { actor: string; details: string }[];
      expect(audit.map((a) => [a.actor, JSON.parse(a.details)])).toEqual([['tester', { attributed: 2, reflagged: 0 }]]);
    } finally {
      store.close();
      dir.remove();
    }
  });

  it('names the one source left when one of an ambiguous comment’s two candidates is deleted, and refuses deleting that one once used', async () => {
    const dir = tempDir();
    const { store, items } = await workspace(dir.path);
    try {
      // A registry with two sources both written "Phường TN": the comments are ambiguous, never guessed.
      const registry = 'Tên đơn vị;Tên gọi khác;Cấp\nĐảng bộ phường Tân Nam;Phường TN;phường\nĐảng bộ phường Tràng Nhật;Phường TN;phường\n';
      const { rematched: ambiguous } = await importSources(store, { fileName: 'don-vi.csv', bytes: Buffer.from(registry) });
      expect({ ...ambiguous, itemIds: [...ambiguous.itemIds].sort() }).toEqual({ attributed: 0, itemIds: [items()[0].id, items()[1].id].sort() });
      const a = store.sources.list().find((s) => s.name === 'Đảng bộ phường Tân Nam')!;
      const b = { source: store.sources.list().find((s) => s.name === 'Đảng bộ phường Tràng Nhật')! };
      expect(items()[0].attribution).toEqual({ status: 'ambiguous', candidates: [a.id, b.source.id].sort() });
      // Deleting one leaves one source with that name: the comments name it, as an import would.
      const rematched = editSource.delete(store, a.id);
      expect(rematched.attributed).toBe(2);
      expect(items().slice(0, 2).map((i) => i.attribution)).toEqual([0, 1].map(() => ({ status: 'matched', sourceId: b.source.id, confidence: 1 })));
      // Now used, it cannot be deleted; and the refusal changes nothing.
      const kept = items();
      expect(() => editSource.delete(store, b.source.id)).toThrow(/Không xoá được/u);
      expect(items()).toEqual(kept);
      expect(store.sources.list().map((s) => s.name)).toContain('Đảng bộ phường Tràng Nhật');
    } finally {
      store.close();
      dir.remove();
    }
  });

  it('attributes flagged comments once a registry file names them', async () => {
    const dir = tempDir();
    const { store, items } = await workspace(dir.path);
    try {
      const registry = 'Tên đơn vị;Tên gọi khác;Cấp\nĐảng bộ xã An Lão;An Lão;xã\n';
      const imported = await importSources(store, { fileName: 'don-vi.csv', bytes: Buffer.from(registry) });
      expect(imported).toMatchObject({ created: 1, updated: 0, rematched: { attributed: 1 } });
      expect(items()[2].attribution).toMatchObject({ status: 'matched', confidence: 1 });
      expect(items()[0].attribution.status).toBe('unknown');
    } finally {
      store.close();
      dir.remove();
    }
  });

  it('records each re-check with the subject of the change that caused it: the source edited, created or deleted, or the workspace for a registry file', async () => {
    const dir = tempDir();
    const { store } = await workspace(dir.path);
    try {
      const entries = () => store.audit.entries({ action: 'feedback.source_rematch', limit: 10 }).reverse().map((e) => [e.subject, e.actor]);
      const aboutSource = (id: string) => store.audit.entries({ subject: id, limit: 10 }).map((e) => e.action).sort();
      const named = (name: string) => store.sources.list().find((s) => s.name === name)!;
      // Two sources of a registry file written "Phường TN": its two comments become ambiguous.
      await importSources(store, { fileName: 'don-vi.csv', bytes: Buffer.from('Tên đơn vị;Tên gọi khác;Cấp\nĐảng bộ phường Tân Nam;Phường TN;phường\nĐảng bộ phường Tràng Nhật;Phường TN;phường\n') }, 'tester');
      // Each edit below changes their candidates, so each is re-checked and audited.
      const third = editSource.create(store, { ...ward, name: 'Đảng bộ phường Tam Hưng', aliases: ['Phường TN'] }, 'tester').source;
      const tanNam = named('Đảng bộ phường Tân Nam');
      editSource.update(store, tanNam.id, { ...tanNam, aliases: [] }, 'tester');
      const trangNhat = named('Đảng bộ phường Tràng Nhật');
      editSource.delete(store, trangNhat.id, 'tester');
      expect(store.feedback.list().slice(0, 2).map((i) => i.attribution)).toEqual([0, 1].map(() => ({ status: 'matched', sourceId: third.id, confidence: 1 })));
      expect(entries()).toEqual([[store.meta().id, 'tester'], [third.id, 'tester'], [tanNam.id, 'tester'], [trangNhat.id, 'tester']]);
      // A source's history, read by its subject, has the re-check its edit caused beside the edit.
      expect(aboutSource(third.id)).toEqual(['feedback.source_create', 'feedback.source_rematch']);
      expect(aboutSource(tanNam.id)).toEqual(['feedback.source_create', 'feedback.source_rematch', 'feedback.source_update']);
      expect(aboutSource(trangNhat.id)).toEqual(['feedback.source_create', 'feedback.source_delete', 'feedback.source_rematch']);
    } finally {
      store.close();
      dir.remove();
    }
  });

  it('keeps the registry as it was when matching the flagged comments again cannot be written (one transaction)', async () => {
    const dir = tempDir();
    const { store, source, items } = await workspace(dir.path);
    try {
      const before = { sources: store.sources.list(), items: items() };
      const db = rawDatabase(store);
      // The fault hits the rematch's own write, after the source's edit went through in the same transaction.
      db.exec("CREATE TEMP TRIGGER rematch_fails BEFORE UPDATE OF attribution ON feedback_items BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
      try {
        expect(() => editSource.update(store, source.id, { ...ward, aliases: ['Phường TN'] }, 'tester')).toThrow(/full/u);
      } finally {
        db.exec('DROP TRIGGER rematch_fails');
      }
      expect(store.sources.list()).toEqual(before.sources);
      expect(items()).toEqual(before.items);
      expect(db.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'feedback.source_rematch'").get()).toEqual({ n: 0 });
      // Once it can be written, the same edit lands whole.
      expect(editSource.update(store, source.id, { ...ward, aliases: ['Phường TN'] }, 'tester').rematched.attributed).toBe(2);
    } finally {
      store.close();
      dir.remove();
    }
  });
});
