import { useEffect, useState } from 'react';
import { TeamConnectDialog } from './TeamConnectDialog.tsx';

/**
 * In the desktop app, the dialog "Kết nối máy chủ nhóm…" when the menu asks for it (through
 * the preload's `team.onOpenRequested`). In a browser there is no bridge, and nothing is drawn.
 */
export function TeamConnectHost() {
  const [open, setOpen] = useState(false);
  useEffect(() => window.vankien?.team?.onOpenRequested(() => setOpen(true)), []);
  const team = window.vankien?.team;
  if (!open || !team) return null;
  return <TeamConnectDialog team={team} onClose={() => setOpen(false)} />;
}
