import { strToU8 } from 'fflate';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { yDocOfUpdates } from '../../../shared/content/yDocOfUpdates.ts';
import { importDocumentJob } from '../../../main/services/jobs/importDocumentJob.ts';
import { importDraftJob } from '../../../main/services/jobs/importDraftJob.ts';
import { NUMBERING_KEY, SETTINGS_MAP } from '../../../shared/document/documentSettings.ts';
import { numberingSchemeOf } from '../../../shared/numbering/numberingSchemeOf.ts';
import { DEFAULT_SCHEME, storedSchemeOrDefault, withRule } from '../../../shared/numbering/index.ts';
import { resolutionText } from '../../fixtures/generators/resolution.ts';

const RESOLUTION = strToU8(resolutionText());
const CONTINUED_TARGETS = withRule(DEFAULT_SCHEME, 'target', { reset: 'section' });

/** A working copy's stored updates: just its numbering setting, or nothing for the default. */
function workingUpdates(numbering: string | null): Uint8Array[] {
  const ydoc = new Y.Doc();
  if (numbering !== null) ydoc.getMap(SETTINGS_MAP).set(NUMBERING_KEY, numbering);
  const update = Y.encodeStateAsUpdate(ydoc);
  ydoc.destroy();
  return [update];
}

describe('the numbering an imported document keeps', () => {
  it('stores the scheme that reproduces the file’s numbers in the new document’s settings', () => {
    const { update } = importDocumentJob({ bytes: RESOLUTION, fileName: 'nghi-quyet.txt' });
    const ydoc = yDocOfUpdates([update]);
    expect(numberingSchemeOf(ydoc)).toEqual(CONTINUED_TARGETS);
    ydoc.destroy();
  });

  it('stores no setting when the file numbers as the default does, so the document follows the default', () => {
    const { update } = importDocumentJob({ bytes: strToU8('I. MỤC TIÊU\n\n1. Kinh tế\n\n(1) Tăng trưởng 10%.\n'), fileName: 'a.txt' });
    const ydoc = yDocOfUpdates([update]);
    expect(ydoc.getMap(SETTINGS_MAP).has(NUMBERING_KEY)).toBe(false);
    ydoc.destroy();
  });

  it('gives an imported draft the file’s scheme when it departs from the working copy’s', () => {
    const draft = importDraftJob({ bytes: RESOLUTION, fileName: 'du-thao-3.txt', workingUpdates: workingUpdates(null), lastDraft: null });
    expect(storedSchemeOrDefault(draft.numbering)).toEqual(CONTINUED_TARGETS);
    const state = new Y.Doc();
    Y.applyUpdateV2(state, draft.yState);
    expect(numberingSchemeOf(state)).toEqual(CONTINUED_TARGETS);
    state.destroy();
  });

  it('keeps the working copy’s own setting, as stored, when the file agrees with it', () => {
    const stored = JSON.stringify(withRule(CONTINUED_TARGETS, 'ordinal', { reset: 'part' }));
    const draft = importDraftJob({ bytes: RESOLUTION, fileName: 'du-thao-3.txt', workingUpdates: workingUpdates(stored), lastDraft: null });
    expect(draft.numbering).toBe(stored);
  });
});
