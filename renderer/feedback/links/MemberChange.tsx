import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ItemChange } from './ItemChange.tsx';

/** A cluster member's suggestion and links, opened on demand in the clusters panel (one comment at a time is read). */
export function MemberChange({ workspaceId, itemId, text, refresh }: { workspaceId: string; itemId: string; text: string; refresh: number }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="link" aria-expanded={open} data-testid="feedback-cluster-change" onClick={() => setOpen(!open)}>
        {open ? t('feedback.link.memberClose') : t('feedback.link.member')}
      </button>
      {open && <ItemChange workspaceId={workspaceId} item={{ id: itemId, text }} anchored={null} refresh={refresh} canLink onChanged={() => {}} />}
    </>
  );
}
