import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../renderer/i18n/formatMessage.ts';
import { CATALOGUES, type MessageKey } from '../../../renderer/i18n/messages.ts';
import { plural } from '../../../renderer/i18n/plural/pluralMessage.ts';

const en = (key: MessageKey, params: Record<string, string | number>) => formatMessage('en', CATALOGUES.en[key], params);
const vi = (key: MessageKey, params: Record<string, string | number>) => formatMessage('vi', CATALOGUES.vi[key], params);

/** Every English message that shows a count: its text for 1 and for many. */
const COUNTED: [key: MessageKey, by: string, one: string, many: string][] = [
  ['editor.people', 'count', '1 person editing', '3 people editing'],
  ['presence.here', 'count', '1 other person has the document open', '3 other people have the document open'],
  ['editor.words', 'count', '1 word', '40000 words'],
  ['editor.status.unsaved', 'count', 'Not saved: 1 change will be sent when the connection is back', 'Not saved: 2 changes will be sent when the connection is back'],
  ['editor.status.unsentKept', 'count', 'Not sent: 1 change, kept on this computer (closing the page loses nothing); it is sent when the connection is back', 'Not sent: 2 changes, kept on this computer (closing the page loses nothing); they are sent when the connection is back'],
  ['documents.trash', 'count', 'Trash (1 deleted document)', 'Trash (5 deleted documents)'],
  ['workspaces.documents', 'count', '1 document', '12 documents'],
  ['find.total', 'total', '1 result', '12 results'],
  ['find.replaced', 'count', 'Replaced 1 occurrence.', 'Replaced 3 occurrences.'],
  ['targets.count', 'count', '1 target', '23 targets'],
  ['targets.figureCount', 'count', '1 figure', '40 figures'],
  ['repairs.kind.attribute', 'count', '1 invalid attribute', '2 invalid attributes'],
  ['repairs.kind.id', 'count', '1 invalid block id', '2 invalid block ids'],
  ['repairs.kind.wrapped', 'count', '1 text outside a block', '2 texts outside a block'],
  ['repairs.kind.unknown_node', 'count', '1 unknown block type', '2 unknown block types'],
  ['repairs.kind.misplaced', 'count', '1 misplaced block', '2 misplaced blocks'],
  ['repairs.kind.mark', 'count', '1 invalid formatting mark', '2 invalid formatting marks'],
  ['repairs.kind.filled', 'count', '1 empty block', '2 empty blocks'],
  ['repairs.kind.unreadable', 'count', '1 unreadable block', '2 unreadable blocks'],
  ['repairs.kind.numbering', 'count', '1 invalid numbering scheme', '2 invalid numbering schemes'],
  // Phrased so that no word agrees with the number.
  ['compare.position', 'total', 'Change 1 of 1', 'Change 1 of 12'],
  ['synopsis.loading', 'total', 'Loading draft 1/1…', 'Loading draft 1/3…'],
  ['compare.hidden.count', 'count', 'Hidden from this list: 1', 'Hidden from this list: 4'],
  ['compare.hidden.minor', 'count', 'orthography or punctuation only: 1', 'orthography or punctuation only: 3'],
  ['compare.hidden.formatting', 'count', 'formatting only: 1', 'formatting only: 2'],
  ['feedback.ingest.start', 'count', 'Import 1 file', 'Import 3 files'],
  ['feedback.ingest.progress', 'total', 'Files imported: 1/1', 'Files imported: 1/4'],
  ['feedback.preview.more', 'count', '… and 1 more comment', '… and 5 more comments'],
  ['feedback.sources.attributed', 'count', '1 comment whose source was unclear is now attributed by the new list.', '3 comments whose source was unclear are now attributed by the new list.'],
  // Phrased so that no word agrees with the number.
  ['feedback.sources.heading', 'count', 'Sources (1)', 'Sources (40)'],
  ['feedback.items.heading', 'total', 'Imported comments (1)', 'Imported comments (7)'],
  ['drafts.changes.counts', 'ins', 'characters inserted: 1, deleted: 1', 'characters inserted: 7, deleted: 1'],
  ['comments.count', 'count', '1 open', '4 open'],
  ['comments.resolved', 'count', 'Resolved (1)', 'Resolved (6)'],
  ['comments.orphaned', 'count', 'Text no longer found (1)', 'Text no longer found (2)'],
  // `joined` is left as a placeholder here (the test sets only the counted one).
  ['feedback.cluster.result', 'created', '1 new cluster, {joined} new comments joined existing ones.', '2 new clusters, {joined} new comments joined existing ones.'],
  ['feedback.anchor.queue', 'total', 'Unanchored (1)', 'Unanchored (5)'],
  ['feedback.anchor.orphans', 'total', 'Orphaned in the working copy (1)', 'Orphaned in the working copy (3)'],
  ['feedback.templates.heading', 'count', 'Answer templates (1)', 'Answer templates (4)'],
  ['feedback.codebook.heading', 'count', 'Codebook (1)', 'Codebook (22)'],
  ['feedback.tags.suggestedWhy', 'count', 'Similar comments tagged with it: 1', 'Similar comments tagged with it: 3'],
  ['accounts.admin.exported', 'count', 'Exported 1 entry to {fileName}.', 'Exported 7 entries to {fileName}.'],
  ['accounts.admin.exportTruncated', 'count', 'Exported the first 1 entry to {fileName}; there are more: narrow the filter (by day) and export again.', 'Exported the first 200 entries to {fileName}; there are more: narrow the filter (by day) and export again.'],
  ['suggestions.count', 'count', '1 pending', '3 pending'],
  // Phrased so that no word agrees with the number.
  ['suggestions.staleLeft', 'count', 'Not applied because their text changed: 1.', 'Not applied because their text changed: 2.'],
  ['suggestions.decided', 'count', 'Decided (1)', 'Decided (5)'],
  // Phrased so that no word agrees with the number ({all} is the workspace's count, not given here).
  ['feedback.view.count', 'total', 'Comments: 1 of {all}', 'Comments: 7 of {all}'],
  ['feedback.view.filter.chosen', 'count', '1 chosen', '3 chosen'],
  ['feedback.view.dash.total', 'total', 'Total: 1 comment', 'Total: 12 comments'],
  ['feedback.view.clusterSize', 'count', 'group of 1', 'group of 5'],
  ['feedback.inEditor.count', 'count', 'Comments anchored here: 1', 'Comments anchored here: 8'],
  ['feedback.inEditor.more', 'count', 'Not listed: 1; open the comments table to see them all.', 'Not listed: 40; open the comments table to see them all.'],
  ['feedback.bulk.selected', 'count', '1 comment selected', '3 comments selected'],
  // Phrased so that no word agrees with the number; {count} is the selection's limit.
  ['feedback.bulk.capped', 'total', 'Comments in the filter: 1; at most the first {count} can be selected at once.', 'Comments in the filter: 12000; at most the first {count} can be selected at once.'],
  ['feedback.bulk.tagged', 'added', 'Theme “{name}” added to 1 comment; {already} already had it.', 'Theme “{name}” added to 3 comments; {already} already had it.'],
  ['feedback.bulk.apply', 'count', 'Apply to 1 comment', 'Apply to 9 comments'],
  ['feedback.bulk.decided', 'decided', '1 comment updated.', '2 comments updated.'],
  ['feedback.bulk.conflicts', 'count', '1 comment was not updated because it was decided elsewhere meanwhile ({who}); review it and apply again if you still want to.', '4 comments were not updated because they were decided elsewhere meanwhile ({who}); review them and apply again if you still want to.'],
  ['feedback.bulk.missing', 'count', '1 comment is no longer in the workspace and was not updated.', '2 comments are no longer in the workspace and were not updated.'],
  ['feedback.inEditor.outline', 'count', 'Feedback comments anchored to this section: 1', 'Feedback comments anchored to this section: 3'],
];

/** Placeholders that hold a count (in any message of either language). */
const COUNT_PLACEHOLDERS = /\{(count|total|words|targets|figures|ins|del)\}/;

describe('plural messages', () => {
  it.each(COUNTED)('%s agrees with 1 and with many in English', (key, by, one, many) => {
    // The many-count is the one number of the many text that is not 1.
    const other = Number([...many.matchAll(/\d+/g)].find((m) => m[0] !== '1')![0]);
    const params = { [by]: 1, n: 1, del: 1, done: 1 };
    expect(en(key, params)).toBe(one);
    expect(en(key, { ...params, [by]: other })).toBe(many);
  });

  it('lists every English message that shows a count', () => {
    const counted = new Set(COUNTED.map(([key]) => key));
    const withCount = (Object.keys(CATALOGUES.en) as MessageKey[]).filter((key) => {
      const message = CATALOGUES.en[key];
      return typeof message === 'string' ? COUNT_PLACEHOLDERS.test(message) : true;
    });
    expect(withCount.filter((key) => !counted.has(key))).toEqual([]);
  });

  it('keeps Vietnamese in its one form, whatever the number', () => {
    expect(vi('editor.people', { count: 1 })).toBe('1 người đang sửa');
    expect(vi('editor.people', { count: 3 })).toBe('3 người đang sửa');
    expect(vi('documents.trash', { count: 1 })).toBe('Thùng rác (1 văn kiện đã xoá)');
  });

  it('chooses by Intl.PluralRules, falls back to "other", and leaves a missing placeholder visible', () => {
    const message = plural('count', { one: '{count} người', other: '{count} people' });
    expect(formatMessage('en', message, { count: 1 })).toBe('1 người');
    expect(formatMessage('en', message, { count: 0 })).toBe('0 people');
    expect(formatMessage('en', message, { count: 1.5 })).toBe('1.5 people');
    expect(formatMessage('en', message, { count: 'nhiều' })).toBe('nhiều people');
    expect(formatMessage('vi', message, { count: 1 })).toBe('1 people');
    expect(formatMessage('en', message)).toBe('{count} people');
  });
});
