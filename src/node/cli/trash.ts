import { AppError } from '../../shared/api/errors';
import type { Registry } from '../api/registry';
import type { ParsedArgs } from './args';
import { call, type CliIo } from './call';

/** `trash [--json]` lists what is in the trash; `trash restore ID` brings an article (or any item) back. */
export async function runTrash(registry: Registry, args: ParsedArgs, io: CliIo): Promise<number> {
  const [sub, ...ids] = args.rest;
  const { items } = await call(registry, 'trash.list', {});
  if (sub === undefined) {
    io.out(args.json ? JSON.stringify(items, null, 2) : items.length ? items.map((i) => `${i.type.padEnd(9)} ${i.id}  ${i.daysLeft} days left  ${i.title.slice(0, 60)}`).join('\n') : 'The trash is empty.');
    return 0;
  }
  if (sub !== 'restore' || ids.length !== 1) throw new AppError('invalid_input', 'trash takes no argument (list), or restore ID');
  const item = items.find((i) => i.id === ids[0]);
  if (!item) throw new AppError('not_found', `Nothing with id ${ids[0]} is in the trash.`);
  await call(registry, 'trash.restore', { type: item.type, id: item.id });
  io.out(`Restored ${item.type} ${item.id} from the trash.`);
  return 0;
}
