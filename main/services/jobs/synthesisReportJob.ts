import { DOCX_MIME } from '../../../shared/export/docxPackage.ts';
import { synthesisDocx } from '../../../shared/feedback/synthesis/synthesisDocx.ts';
import type { SynthesisReport } from '../../../shared/feedback/synthesis/synthesisTypes.ts';
import type { ExportedFile } from './exportJobs.ts';

/** The synthesis report (built on the server from the store) written as a .docx in the 36-HD layout. */
export function synthesisReportJob(input: { report: SynthesisReport; fileName: string; created: string }): ExportedFile {
  return { fileName: input.fileName, mimeType: DOCX_MIME, bytes: synthesisDocx(input.report, input.created) };
}
