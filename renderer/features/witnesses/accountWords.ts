import type { AccountRelation } from '../../../src/shared/schemas/witness';

export const ACCOUNT_RELATIONS: readonly AccountRelation[] = ['survivor', 'relative', 'witness', 'responder'];

export const relationLabel: Record<AccountRelation, string> = {
  survivor: 'Survivor',
  relative: 'Relative of a victim',
  witness: 'Witness',
  responder: 'Responder (medic, rescuer)',
};
