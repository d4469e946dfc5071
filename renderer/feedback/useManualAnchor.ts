import { useState } from 'react';
import type { FeedbackItem } from '../../shared/feedback/model.ts';
import { call, type RpcError } from '../api/rpcClient.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { toRpcError } from '../ui/useRpc.ts';
import type { VersionBlock } from './VersionBlocks.tsx';

/** A block named by its first words when it has no number. */
const shortText = (text: string) => (text.length <= 48 ? text : `${text.slice(0, 48).replace(/\s+\S*$/u, '')}…`);

/**
 * A person anchoring a comment to a block they picked in a version of its document (null: the
 * working copy), through `feedback.setAnchor` on the anchor they saw: the server audits it, and
 * refuses it as `conflict` when someone anchored the comment otherwise meanwhile. `note` says
 * where it went, `error` why not; `onAnchored` after it landed, `onConflict` after a refusal
 * (the caller reads its list again, so it shows the comment as it stands now).
 */
export function useManualAnchor(workspaceId: string, documentId: string, on: { onAnchored(): void; onConflict(): void }) {
  const { t } = useI18n();
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<RpcError | null>(null);
  const anchor = (item: FeedbackItem, draftNumber: number | null, block: VersionBlock) => {
    setError(null);
    const expectedBlockIds = item.anchor?.blockIds ?? null;
    call('feedback.setAnchor', { workspaceId, documentId, itemId: item.id, draftNumber, blockIds: [block.id], expectedBlockIds }).then(
      () => { setNote(t('feedback.anchor.done', { block: block.number ?? shortText(block.text) })); on.onAnchored(); },
      (e: unknown) => {
        const failure = toRpcError(e);
        setError(failure);
        if (failure.code === 'conflict') on.onConflict();
      },
    );
  };
  return { anchor, note, setNote, error };
}
