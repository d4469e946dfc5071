import { type ChangeEvent, useState } from 'react';
import { type Code, treeOrder } from '../../shared/feedback/tags/codebook.ts';
import { base64ToBytes, bytesToBase64 } from '../api/base64.ts';
import { call } from '../api/rpcClient.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { downloadBytes } from '../ui/downloadBytes.ts';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { useAction } from '../ui/useRpc.ts';

/**
 * The codebook ("Bộ chủ đề"): the tree of themes with how many comments carry each; compilers
 * add a theme (under another or at the top), delete an unused one, and import or export the
 * whole as CSV.
 */
export function CodebookPanel({ workspaceId, codes, canEdit, onChanged }: { workspaceId: string; codes: readonly (Code & { items: number })[]; canEdit: boolean; onChanged(): void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [parentId, setParentId] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const action = useAction();
  const { error } = action;
  const ordered = treeOrder(codes);
  const depth = new Map<string, number>();
  for (const code of ordered) depth.set(code.id, code.parentId ? (depth.get(code.parentId) ?? 0) + 1 : 0);

  async function run(work: () => Promise<unknown>): Promise<boolean> {
    setNotice(null);
    const ok = await action.run(work);
    if (ok) onChanged();
    return ok;
  }

  async function add() {
    if (await run(() => call('feedback.createCode', { workspaceId, name, parentId: parentId || null }))) setName('');
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const dataBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    await run(async () => {
      const result = await call('feedback.importCodebook', { workspaceId, fileName: file.name, dataBase64 });
      setNotice([t('feedback.codebook.imported', { created: result.created, existing: result.existing }), ...result.problems].join(' '));
    });
  }

  async function exportFile() {
    await run(async () => {
      const file = await call('feedback.exportCodebook', { workspaceId });
      downloadBytes(base64ToBytes(file.dataBase64), file.fileName, file.mimeType);
    });
  }

  return (
    <details className="feedback-batches" data-testid="feedback-codebook">
      <summary>{t('feedback.codebook.heading', { count: codes.length })}</summary>
      <ul className="feedback-codes">
        {ordered.map((code) => (
          <li key={code.id} style={{ paddingLeft: `${(depth.get(code.id) ?? 0) * 1.5}em` }} data-testid="feedback-code">
            {code.name} <span className="feedback-muted">({code.items})</span>{' '}
            {canEdit && code.items === 0 && !codes.some((c) => c.parentId === code.id) && (
              <button type="button" className="link" onClick={() => void run(() => call('feedback.deleteCode', { workspaceId, codeId: code.id }))}>{t('feedback.codebook.delete')}</button>
            )}
          </li>
        ))}
      </ul>
      {canEdit && (
        <div className="feedback-options">
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder={t('feedback.codebook.name')} maxLength={200} data-testid="feedback-code-name"
            onKeyDown={(e) => { if (e.key === 'Enter' && name.trim()) void add(); }} />
          <select value={parentId} onChange={(e) => setParentId(e.target.value)} aria-label={t('feedback.codebook.parent')} data-testid="feedback-code-parent">
            <option value="">{t('feedback.codebook.top')}</option>
            {ordered.map((c) => <option key={c.id} value={c.id}>{'— '.repeat(depth.get(c.id) ?? 0)}{c.name}</option>)}
          </select>
          <button type="button" disabled={!name.trim()} onClick={() => void add()} data-testid="feedback-code-add">{t('feedback.codebook.add')}</button>
          <label className="link">
            {t('feedback.codebook.import')} <input type="file" accept=".csv,.xlsx" onChange={(e) => void importFile(e)} data-testid="feedback-codebook-import" />
          </label>
        </div>
      )}
      <button type="button" className="link" onClick={() => void exportFile()} data-testid="feedback-codebook-export">{t('feedback.codebook.export')}</button>
      {notice && <p className="feedback-result-ok" role="status">{notice}</p>}
      {error && <ErrorNote error={error} />}
    </details>
  );
}
