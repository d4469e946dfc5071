import type { Plugin } from 'prosemirror-state';
import { givenNumberingPlugin } from '../../shared/editor/plugins/numberingPlugin.ts';
import { numberViewsPlugin } from './numbering/numberViews.ts';
import { runInPlugin } from './runIn/runInPlugin.ts';

/**
 * The plugins that draw a document read-only as the editor draws it (a frozen draft, "who changed
 * what"): the given numbers through the editor's node views, and run-in headings with only their
 * lead-in emphasised.
 */
export function readOnlyPlugins(numbers: ReadonlyMap<string, string>): Plugin[] {
  return [givenNumberingPlugin(numbers), numberViewsPlugin(), runInPlugin()];
}
