import type { Client } from '../../api/client';
import { bumpDataVersion } from '../undo/dataVersion';

/**
 * Undoes the workspace's newest action, but only when it is still the one named `label`
 * (so an "Undo" in a notice never undoes something done since). Returns whether it undid.
 */
export async function undoIfNewest(client: Client, label: string): Promise<boolean> {
  const status = await client.call('undo.status', {});
  if (!status.canUndo || status.undoLabel !== label) return false;
  await client.call('undo.undo', {});
  bumpDataVersion();
  return true;
}
