import type { MethodName } from '../../shared/api/contract';
import { actorHandlers } from './handlers/actors';
import { annotationHandlers } from './handlers/annotation';
import { articleHandlers } from './handlers/articles';
import { caseFileHandlers } from './handlers/casefile';
import { caseHandlers } from './handlers/cases';
import { codeHandlers } from './handlers/codes';
import { evidenceHandlers } from './handlers/evidence';
import { exportHandlers } from './handlers/export';
import { projectHandlers } from './handlers/projects';
import { redactionHandlers } from './handlers/redactions';
import { safetyHandlers } from './handlers/safety';
import { searchHandlers } from './handlers/search';
import { suggestionHandlers } from './handlers/suggestions';
import type { HandlersFor } from './handlers/types';
import { witnessHandlers } from './handlers/witnesses';

export type { Handler } from './handlers/types';
export type Handlers = HandlersFor<MethodName>;

/** Binds each method of the contract to the service that does the work, one file per feature. */
export const handlers: Handlers = { ...articleHandlers, ...codeHandlers, ...annotationHandlers, ...caseHandlers, ...searchHandlers, ...safetyHandlers, ...actorHandlers, ...evidenceHandlers, ...witnessHandlers, ...suggestionHandlers, ...redactionHandlers, ...exportHandlers, ...projectHandlers, ...caseFileHandlers };
