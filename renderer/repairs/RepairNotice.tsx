import { useEffect, useState } from 'react';
import { call } from '../api/rpcClient.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { RepairRecordJson } from '../../shared/rpc/repairContract.ts';
import { formatDate } from '../ui/formatDate.ts';
import { RepairDetails, repairSummary } from './RepairDetails.tsx';
import './repairs.css';

const SEEN_KEY = 'vankien.repairsSeen';

function seenRepairs(): Set<string> {
  try {
    return new Set(JSON.parse(localStorage.getItem(SEEN_KEY) ?? '[]') as string[]);
  } catch {
    return new Set();
  }
}

/**
 * Tells the editor's user that the document's stored content was repaired when it was opened
 * (the server repairs before any editor sees the content), and shows what was kept aside. Each
 * repair is shown until its notice is dismissed on this machine.
 */
export function RepairNotice({ workspaceId, documentId, synced }: { workspaceId: string; documentId: string; synced: boolean }) {
  const { t, language } = useI18n();
  const [records, setRecords] = useState<RepairRecordJson[]>([]);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!synced) return;
    let live = true;
    call('document.repairs', { workspaceId, documentId }).then(
      ({ repairs }) => live && setRecords(repairs.filter((r) => !seenRepairs().has(r.id))),
      () => undefined, // the notice is extra: the editor works without it
    );
    return () => {
      live = false;
    };
  }, [workspaceId, documentId, synced]);
  if (records.length === 0) return null;
  const dismiss = () => {
    localStorage.setItem(SEEN_KEY, JSON.stringify([...seenRepairs(), ...records.map((r) => r.id)]));
    setRecords([]);
  };
  return (
    <div className="toast warning" role="status" data-testid="repair-notice">
      <p>{t('repairs.notice', { summary: repairSummary(t, records.flatMap((r) => r.repairs)) })}</p>
      <div className="row-actions">
        <button type="button" className="link" onClick={() => setOpen((v) => !v)} data-testid="repair-show">
          {open ? t('repairs.hide') : t('repairs.show')}
        </button>
        <button type="button" onClick={dismiss} data-testid="repair-dismiss">
          {t('repairs.dismiss')}
        </button>
      </div>
      {open &&
        records.map((r) => (
          <div key={r.id}>
            <div className="small muted">{t('repairs.at', { when: `${formatDate(r.at, language)} ${r.at.slice(11, 16)}` })}</div>
            <RepairDetails repairs={r.repairs} original={r.original} fileName={`noi-dung-goc-${r.at.slice(0, 10)}.json`} />
          </div>
        ))}
    </div>
  );
}
