import { z } from 'zod';

/** zod's own messages in Vietnamese, for the refusals the contract did not word itself. */
const vietnamese = z.locales.vi().localeError;

/** Parses an RPC input with zod's messages in Vietnamese (the contract's own sentences take precedence). */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.ZodSafeParseResult<z.output<T>> {
  return schema.safeParse(input, { error: vietnamese });
}

/**
 * One Vietnamese sentence for every problem of an input. The contract's own sentences end with
 * a full stop and name their field; zod's messages do not, so those are followed by the
 * field's path ("document.create: kind").
 */
export function validationMessage(error: z.ZodError): string {
  const problems = error.issues.map((issue) => {
    if (issue.message.endsWith('.')) return issue.message;
    const path = issue.path.map(String).join('.');
    return path ? `${issue.message} (trường ${path}).` : `${issue.message}.`;
  });
  return `Dữ liệu gửi lên không hợp lệ: ${[...new Set(problems)].join(' ')}`;
}
