import { commentsFeature } from '../comments/commentsFeature.tsx';
import { draftsFeature } from '../drafts/draftsFeature.tsx';
import type { EditorFeature } from '../editor/EditorFeature.ts';
import { findFeature } from '../editor/find/findFeature.tsx';
import { presenceFeature } from '../editor/presence/presenceFeature.tsx';
import { exportFeature } from '../export/exportFeature.tsx';
import { sectionFeedbackFeature } from '../feedback/inEditor/sectionFeedbackFeature.tsx';
import { outlineFeature } from '../outline/outlineFeature.tsx';
import { suggestionsFeature } from '../suggestions/suggestionsFeature.tsx';
import { targetsFeature } from '../targets/targetsFeature.tsx';

/**
 * Every feature of the editor page, composed here and nowhere else: the page draws what it is
 * given and imports no feature. A new panel or toolbar entry is a file in its feature's folder
 * exporting an EditorFeature, and one line here; where it appears is its own `order`.
 */
export const EDITOR_FEATURES: readonly EditorFeature[] = [findFeature, outlineFeature, targetsFeature, commentsFeature, suggestionsFeature, sectionFeedbackFeature, draftsFeature, exportFeature, presenceFeature];
