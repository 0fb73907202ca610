import type { ExportCode } from '../../shared/schemas/export';
import { listCodes } from '../services/codes';
import type { ServiceContext } from '../services/context';

/** The codes used in the data set with every ancestor (so each path is whole), in codebook order. */
export function codesOfDataset(ctx: ServiceContext, used: string[]): ExportCode[] {
  const all = listCodes(ctx);
  const byId = new Map(all.map((c) => [c.id, c]));
  const keep = new Set<string>();
  for (const id of used) for (let c = byId.get(id); c && !keep.has(c.id); c = c.parentId ? byId.get(c.parentId) : undefined) keep.add(c.id);
  const path = (id: string): string => {
    const c = byId.get(id)!;
    return c.parentId && byId.has(c.parentId) ? `${path(c.parentId)} / ${c.name}` : c.name;
  };
  return all.filter((c) => keep.has(c.id)).map((c) => ({ id: c.id, parentId: c.parentId, name: c.name, path: path(c.id), color: c.color, description: c.description }));
}
