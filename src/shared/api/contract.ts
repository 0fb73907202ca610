import { z } from 'zod';
import { actorMethods } from './methods/actors';
import { annotationMethods } from './methods/annotation';
import { articleMethods } from './methods/articles';
import { caseFileMethods } from './methods/casefile';
import { caseMethods } from './methods/cases';
import { codeMethods } from './methods/codes';
import { evidenceMethods } from './methods/evidence';
import { exportMethods } from './methods/export';
import { incidentMethods } from './methods/incidents';
import { projectMethods } from './methods/projects';
import { historyMethods, safetyMethods } from './methods/safety';
import { redactionMethods } from './methods/redactions';
import { searchMethods } from './methods/search';
import { suggestionMethods } from './methods/suggestions';
import { witnessMethods } from './methods/witnesses';

export interface MethodSpec {
  summary: string;
  input: z.ZodType;
  output: z.ZodType;
}

/**
 * The one API: method name -> zod input and output schemas.
 * The core binds each method to a handler (src/node/api/handlers.ts); every caller
 * (Electron IPC, browser-mode HTTP, CLI, tests) goes through that registry.
 */
export const contract = {
  ...articleMethods,
  ...codeMethods,
  ...annotationMethods,
  ...caseMethods,
  ...searchMethods,
  ...safetyMethods,
  ...historyMethods,
  ...actorMethods,
  ...evidenceMethods,
  ...incidentMethods,
  ...witnessMethods,
  ...suggestionMethods,
  ...redactionMethods,
  ...exportMethods,
  ...projectMethods,
  ...caseFileMethods,
} as const satisfies Record<string, MethodSpec>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** The IPC channel the preload and main process share. */
export const IPC_CHANNEL = 'fieldnotes:call';
