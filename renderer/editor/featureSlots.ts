import type { EditorFeature, EditorPanel, ToolbarEntry } from './EditorFeature.ts';

/** Where the editor page draws what its features add, each list in order. */
export interface FeatureSlots {
  panels: Record<EditorPanel['place'], readonly EditorPanel[]>;
  /** The panels that have a toggle in the toolbar (and start closed). */
  toggled: readonly EditorPanel[];
  topbar: readonly ToolbarEntry[];
  toolbar: readonly ToolbarEntry[];
}

/** Items sorted by `order`; items of equal order keep the order they were given in. */
export function inOrder<T extends { order: number }>(items: readonly T[]): T[] {
  return items.map((item, index) => ({ item, index })).sort((a, b) => a.item.order - b.item.order || a.index - b.index).map(({ item }) => item);
}

/**
 * The features' panels and entries sorted into the page's places. Two panels or two entries
 * with one id are a mistake in the list of features (their state and React keys would mix), so
 * they throw at once, naming the id and both features.
 */
export function featureSlots(features: readonly EditorFeature[]): FeatureSlots {
  const owners = new Map<string, string>();
  const claim = (kind: string, id: string, feature: string) => {
    const key = `${kind}:${id}`;
    const owner = owners.get(key);
    if (owner !== undefined) throw new RangeError(`Editor ${kind} "${id}" is added by both "${owner}" and "${feature}"`);
    owners.set(key, feature);
  };
  const panels: EditorPanel[] = [];
  const entries: ToolbarEntry[] = [];
  for (const feature of features) {
    for (const panel of feature.panels ?? []) {
      claim('panel', panel.id, feature.id);
      panels.push(panel);
    }
    for (const entry of feature.toolbar ?? []) {
      claim('entry', entry.id, feature.id);
      entries.push(entry);
    }
  }
  const sorted = inOrder(panels);
  const at = (place: EditorPanel['place']) => sorted.filter((panel) => panel.place === place);
  return {
    panels: { left: at('left'), top: at('top'), right: at('right') },
    toggled: sorted.filter((panel) => panel.toggle !== undefined),
    topbar: inOrder(entries.filter((entry) => entry.place === 'topbar')),
    toolbar: inOrder(entries.filter((entry) => entry.place === 'toolbar')),
  };
}
