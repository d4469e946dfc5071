import type { z } from 'zod';
import { accountContract } from './accountContract.ts';
import { commentContract } from './commentContract.ts';
import { documentContract } from './documentContract.ts';
import { draftContract } from './draftContract.ts';
import { identityContract } from './identityContract.ts';
import { feedbackContract } from './feedbackContract.ts';
import { feedbackChangesContract } from './feedbackChangesContract.ts';
import { feedbackExportContract } from './feedbackExportContract.ts';
import { feedbackTagContract } from './feedbackTagContract.ts';
import { feedbackTriageContract } from './feedbackTriageContract.ts';
import { feedbackAnchorContract } from './feedbackAnchorContract.ts';
import { feedbackQueryContract } from './feedbackQueryContract.ts';
import { feedbackLinkContract } from './feedbackLinkContract.ts';
import type { MethodSpec } from './method.ts';
import { sessionContract } from './sessionContract.ts';
import { repairContract } from './repairContract.ts';
import { suggestionContract } from './suggestionContract.ts';
import { workspaceContract } from './workspaceContract.ts';

/**
 * The whole RPC contract between renderer and workspace server: method name → zod input and
 * output. Each area declares its slice beside its schemas; they are combined only here.
 */
export const contract = {
  ...workspaceContract,
  ...documentContract,
  ...draftContract,
  ...sessionContract,
  ...repairContract,
  ...accountContract,
  ...identityContract,
  ...commentContract,
  ...feedbackContract,
  ...feedbackExportContract,
  ...feedbackTriageContract,
  ...feedbackTagContract,
  ...feedbackChangesContract,
  ...feedbackAnchorContract,
  ...suggestionContract,
  ...feedbackQueryContract,
  ...feedbackLinkContract,
} satisfies Record<string, MethodSpec>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
