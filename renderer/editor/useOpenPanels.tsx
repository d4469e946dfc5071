import { useMemo, useState } from 'react';
import type { EditorPanel, ToolbarEntry } from './EditorFeature.ts';
import { PanelToggle } from './PanelToggle.tsx';

/**
 * Which toggled panels are open (all start closed), a close callback per panel that keeps its
 * identity (memoised panels compare it), and their toggle buttons as toolbar entries.
 */
export function useOpenPanels(toggled: readonly EditorPanel[]) {
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const closers = useMemo(
    () => new Map(toggled.map((panel) => [panel.id, () => setOpen((ids) => withOrWithout(ids, panel.id, false))])),
    [toggled],
  );
  const toggles: ToolbarEntry[] = toggled.map((panel) => ({
    id: `toggle:${panel.id}`,
    place: 'toolbar',
    order: panel.toggle!.order,
    render: () => <PanelToggle toggle={panel.toggle!} open={open.has(panel.id)} onToggle={() => setOpen((ids) => withOrWithout(ids, panel.id, !ids.has(panel.id)))} />,
  }));
  return { open, toggles, closer: (id: string) => closers.get(id) ?? noop };
}

const noop = () => {};

function withOrWithout(ids: ReadonlySet<string>, id: string, present: boolean): ReadonlySet<string> {
  if (ids.has(id) === present) return ids;
  const next = new Set(ids);
  if (present) next.add(id);
  else next.delete(id);
  return next;
}
