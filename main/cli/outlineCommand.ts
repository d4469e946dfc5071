import { Node } from 'prosemirror-model';
import { schema } from '../../shared/editor/schema.ts';
import { AppError } from '../../shared/errors.ts';
import { importFile } from '../../shared/import/index.ts';
import { displayPrefix } from '../../shared/numbering/displayPrefix.ts';
import { numberedBlocksOf } from '../../shared/drafts/numberedBlocksOf.ts';
import { OUTLINE_HELP } from './helpTexts.ts';
import { print } from './output.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';
import { readInputFile } from './readInputFile.ts';

/** `vankien outline <file>`: every block with its derived number, straight from the file. */
export async function outlineCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } }, OUTLINE_HELP);
  if (!positionals[0]) throw new AppError('bad_request', `Thiếu tệp.\n${OUTLINE_HELP}`);
  const { bytes, fileName } = readInputFile(positionals[0]);
  const result = importFile(bytes, fileName);
  const doc = Node.fromJSON(schema, result.doc);
  const blocks = numberedBlocksOf(doc, result.numbering).map((b) => ({ id: b.id, type: b.type, level: b.level, number: b.number, text: b.text }));
  print(values.json ?? false, { blocks }, () =>
    blocks.map((b) => `${b.number ? displayPrefix(b.type, b.number) : ''}${b.text}`.split('\n')[0].slice(0, 120)).join('\n'),
  );
}
