import { AppError } from '../../shared/api/errors';
import type { LinkableType } from '../../shared/schemas/evidence';
import { cachedStatement } from '../db/statements';
import type { ServiceContext } from './context';

/** The table that holds each kind of record that links (and, all but witnesses, codes) can point at. */
export const RECORD_TABLES: Record<LinkableType, string> = {
  article: 'articles',
  highlight: 'highlights',
  case: 'cases',
  figure: 'figures',
  quote: 'quotes',
  account: 'accounts',
  incident: 'incidents',
  actor: 'actors',
  witness: 'witnesses',
};

/** Whether a record of this type with this id exists and is not in the trash. */
export function isLive(ctx: ServiceContext, type: LinkableType, id: string): boolean {
  return cachedStatement(ctx.db, `SELECT 1 FROM ${RECORD_TABLES[type]} WHERE id = ? AND deleted_at IS NULL`).get(id) !== undefined;
}

/** Fails with not_found unless the record exists and is not in the trash. */
export function assertRecord(ctx: ServiceContext, type: LinkableType, id: string): void {
  if (!isLive(ctx, type, id)) throw new AppError('not_found', `No ${type} with id ${id} in this workspace.`);
}
