import type { MethodName, MethodOutput, MethodParsedInput } from '../../../shared/api/contract';
import type { Workspace } from '../../workspace';

export type Handler<M extends MethodName> = (input: MethodParsedInput<M>, ws: Workspace) => MethodOutput<M> | Promise<MethodOutput<M>>;
export type HandlersFor<K extends MethodName> = { [M in K]: Handler<M> };
