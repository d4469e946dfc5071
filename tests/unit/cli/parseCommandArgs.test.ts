import { describe, expect, it } from 'vitest';
import { parseCommandArgs, usageProblem } from '../../../main/cli/parseCommandArgs.ts';
import { AppError } from '../../../shared/errors.ts';

const options = { workspace: { type: 'string' }, json: { type: 'boolean', default: false } } as const;
const HELP = 'vankien thử <tệp> [--workspace <tệp>] [--json]';

describe('command line usage errors', () => {
  it.each([
    ['an unknown long option', ['--foo'], true, 'Không có tuỳ chọn --foo.'],
    ['an unknown short option', ['-x'], true, 'Không có tuỳ chọn -x.'],
    ['a negated boolean that does not exist', ['--no-json'], true, 'Không có tuỳ chọn --no-json.'],
    ['a string option at the end, without its value', ['a.txt', '--workspace'], true, 'Tuỳ chọn --workspace cần một giá trị (--workspace <giá trị>).'],
    ['a string option followed by another option', ['--workspace', '--json'], true, 'Tuỳ chọn --workspace cần một giá trị, nhưng sau nó là "--json"; giá trị bắt đầu bằng "-" thì viết --workspace=--json.'],
    ['a value given to a boolean', ['--json=yes'], true, 'Tuỳ chọn --json không nhận giá trị ("yes").'],
    ['an argument to a command that takes none', ['a.txt'], false, 'Lệnh này không nhận đối số "a.txt".'],
  ])('names %s in Vietnamese, with the usage, as bad_request', (_name, args, allowPositionals, sentence) => {
    expect(usageProblem({ args, options, allowPositionals })).toBe(sentence);
    let thrown: unknown;
    try {
      parseCommandArgs({ args, options, allowPositionals }, HELP);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).code).toBe('bad_request');
    expect((thrown as AppError).message).toBe(`${sentence}\n${HELP}`);
    expect((thrown as AppError).detail).toMatch(/\S/u); // Node's own sentence, for support
  });

  it('returns what parseArgs returns when the arguments are right, a value starting with "-" included when written with "="', () => {
    const parsed = parseCommandArgs({ args: ['a.txt', '--workspace=-w.vkws', '--json'], options, allowPositionals: true }, HELP);
    expect(parsed.values).toEqual({ workspace: '-w.vkws', json: true });
    expect(parsed.positionals).toEqual(['a.txt']);
  });
});
