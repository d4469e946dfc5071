import { useEffect, useState } from 'react';
import type { TeamLeft } from '../../shared/teamConnect/teamProbe.ts';
import { TeamConnectDialog } from './TeamConnectDialog.tsx';
import { TeamLeftNotice } from './TeamLeftNotice.tsx';

/**
 * In the desktop app, the dialog "Kết nối máy chủ nhóm…" when the menu asks for it (through
 * the preload's `team.onOpenRequested`), and how leaving a team server went once the local page
 * is back (`team.onLeft`). In a browser there is no bridge, and nothing is drawn.
 */
export function TeamConnectHost() {
  const [open, setOpen] = useState(false);
  const [left, setLeft] = useState<TeamLeft | null>(null);
  useEffect(() => {
    window.vankien?.team?.onOpenRequested(() => setOpen(true));
    window.vankien?.team?.onLeft(setLeft);
  }, []);
  const team = window.vankien?.team;
  if (!team) return null;
  return (
    <>
      {left && <TeamLeftNotice left={left} onClose={() => setLeft(null)} />}
      {open && <TeamConnectDialog team={team} onClose={() => setOpen(false)} />}
    </>
  );
}
