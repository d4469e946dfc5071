import type { z } from 'zod';
import type { Access, WorkspaceAccess } from '../accounts/access.ts';

/**
 * One RPC method: the zod schemas of its input and output, which the server validates both,
 * and who may call it, which the dispatcher checks before any handler runs.
 */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: Access;
}

/**
 * The access a method may declare: a role in a workspace only when its input names one
 * (`workspaceId`), so the dispatcher always knows which workspace to ask about.
 */
export type AccessFor<In> = In extends { workspaceId: string } ? Access : Exclude<Access, WorkspaceAccess>;

export function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, access: AccessFor<z.input<I>>): MethodSpec<I, O> {
  return { input, output, access };
}
