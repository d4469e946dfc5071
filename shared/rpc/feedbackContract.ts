import { z } from 'zod';
import { COLUMN_ROLES } from '../feedback/ingest/columnRoles.ts';
import { FEEDBACK_LIMITS } from '../feedback/limits.ts';
import { FEEDBACK_FORMATS, FEEDBACK_STATUSES, SOURCE_LEVELS } from '../feedback/model.ts';
import { ANY_ROLE_IN_WORKSPACE, inWorkspace } from '../accounts/access.ts';
import { method } from './method.ts';
import { base64Data, lineText } from './textFields.ts';
import { workspaceId } from './workspaceContract.ts';

export { COLUMN_ROLES };

/** Managing feedback (sources, imports, attributions): compilers (tổ tổng hợp); reading it: every role of the workspace. */
const COMPILERS = inWorkspace('compiler');

const id = z.string().min(1).max(100);
const fileName = lineText('Tên tệp', 255);
/** base64 of a file at the feedback limit (4/3 of its bytes, rounded up). */
const fileData = base64Data(Math.ceil(FEEDBACK_LIMITS.fileBytes / 3) * 4 + 4);

export const sourceLevel = z.enum(SOURCE_LEVELS);

export const sourceInput = z.object({
  name: lineText('Tên đơn vị', 300),
  aliases: z.array(lineText('Tên gọi khác', 300)).max(50).default([]),
  level: sourceLevel,
  parentId: id.nullable().default(null),
});

export const feedbackSource = z.object({ id, name: z.string(), aliases: z.array(z.string()), level: sourceLevel, parentId: z.string().nullable() });

export const attribution = z.discriminatedUnion('status', [
  z.object({ status: z.literal('matched'), sourceId: z.string(), confidence: z.number().min(0).max(1) }),
  z.object({ status: z.literal('manual'), sourceId: z.string() }),
  z.object({ status: z.literal('ambiguous'), candidates: z.array(z.string()) }),
  z.object({ status: z.literal('unknown') }),
  z.object({ status: z.literal('none') }),
]);

export const feedbackAnchor = z.object({
  blockIds: z.array(z.string()),
  draftNumber: z.number().int().positive().nullable(),
  confidence: z.number().min(0).max(1),
  evidence: z.array(z.enum(['reference', 'quote', 'similarity', 'manual'])),
});

export const provenance = z.object({
  fileId: z.string(), fileName: z.string(), sha256: z.string(),
  sheet: z.string().nullable(), row: z.number().int().nullable(), paragraph: z.number().int().nullable(),
});

export const feedbackItem = z.object({
  id: z.string(), batchId: z.string(), text: z.string(), sourceName: z.string(), attribution,
  documentTitle: z.string().nullable(), draftNumber: z.number().int().nullable(), location: z.string().nullable(),
  status: z.enum(FEEDBACK_STATUSES), anchor: feedbackAnchor.nullable(), provenance, createdAt: z.string(),
});

export const rowProblem = z.object({
  sheet: z.string().nullable(), row: z.number().int().nullable(), paragraph: z.number().int().nullable(),
  code: z.enum(['no_text', 'text_too_long', 'merged_text', 'formula_without_value', 'sheet_without_text_column', 'already_imported']),
  reason: z.string(),
});

export const importBatch = z.object({
  id: z.string(), fileId: z.string(), fileName: z.string(), sha256: z.string(), format: z.enum(FEEDBACK_FORMATS),
  createdAt: z.string(), actor: z.string(), items: z.number().int(), flagged: z.number().int(), problems: z.array(rowProblem),
});

const columnIndex = z.number().int().min(0).max(FEEDBACK_LIMITS.columns - 1);
export const columnMapping = z.object({ text: columnIndex, source: columnIndex.nullable(), document: columnIndex.nullable(), location: columnIndex.nullable() });

const fileInput = {
  workspaceId,
  fileName,
  dataBase64: fileData,
  mapping: columnMapping.optional(),
  documentTitle: lineText('Tên văn kiện', 300).optional(),
  draftNumber: z.number().int().positive().max(1000).optional(),
};

const plannedItem = z.object({
  text: z.string(), sourceName: z.string(), attribution, documentTitle: z.string().nullable(), location: z.string().nullable(),
  sheet: z.string().nullable(), row: z.number().int().nullable(), paragraph: z.number().int().nullable(),
});

export const feedbackPreview = z.object({
  fileName: z.string(), sha256: z.string(), format: z.enum(FEEDBACK_FORMATS), headers: z.array(z.string()), mapping: columnMapping.nullable(),
  importedAt: z.string().nullable(), sample: z.array(plannedItem), items: z.number().int(), known: z.number().int(), flagged: z.number().int(),
  problems: z.array(rowProblem),
});

/** The feedback slice of the RPC contract (issue 11: sources registry and ingestion). */
export const feedbackContract = {
  'feedback.listSources': method(z.object({ workspaceId }), z.object({ sources: z.array(feedbackSource) }), ANY_ROLE_IN_WORKSPACE),
  'feedback.createSource': method(z.object({ workspaceId, source: sourceInput }), z.object({ source: feedbackSource, attributed: z.number().int() }), COMPILERS),
  'feedback.updateSource': method(z.object({ workspaceId, sourceId: id, source: sourceInput }), z.object({ source: feedbackSource, attributed: z.number().int() }), COMPILERS),
  'feedback.deleteSource': method(z.object({ workspaceId, sourceId: id }), z.object({ ok: z.literal(true) }), COMPILERS),
  /** A registry file (.xlsx/.csv: "Tên đơn vị", "Tên gọi khác", "Cấp", "Trực thuộc"): new sources created, known ones given the new aliases. */
  'feedback.importSources': method(z.object({ workspaceId, fileName, dataBase64: fileData }), z.object({ created: z.number().int(), updated: z.number().int(), attributed: z.number().int() }), COMPILERS),
  /** What importing a comment file would create; writes nothing. */
  'feedback.preview': method(z.object(fileInput), feedbackPreview, COMPILERS),
  'feedback.import': method(z.object({ ...fileInput, onlyNewRows: z.boolean().optional() }), z.object({ batch: importBatch }), COMPILERS),
  /**
   * A person settles an item's source (a flagged name, or a wrong match), on what they saw:
   * `expectedSourceId` is the source it was attributed to when read (null: flagged or none);
   * `conflict` when someone changed it meanwhile (nothing written).
   */
  'feedback.setSource': method(z.object({ workspaceId, itemId: id, sourceId: id, expectedSourceId: id.nullable() }), z.object({ item: feedbackItem }), COMPILERS),
  'feedback.listBatches': method(z.object({ workspaceId }), z.object({ batches: z.array(importBatch) }), ANY_ROLE_IN_WORKSPACE),
  'feedback.list': method(
    z.object({ workspaceId, batchId: id.optional(), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(1000).default(200) }),
    z.object({ items: z.array(feedbackItem), total: z.number().int() }),
    ANY_ROLE_IN_WORKSPACE,
  ),
};
