import { AppError } from '../../shared/api/errors';
import type { ConsentPurpose, ConsentState, Witness, WitnessIdentity } from '../../shared/schemas/witness';
import { ConsentPurpose as ConsentPurposes } from '../../shared/schemas/witness';
import { NOW, USER } from '../db/history-triggers';
import type { Db } from '../db/open';
import { getCase } from './cases';
import type { ServiceContext } from './context';
import { undoable } from './undo';

/**
 * Witness protection: a witness is known by a code (W-0001). Name, contact and exact place are in
 * witness_identities, which has no search index and no undo or history triggers; this module is the
 * only reader of that table, and only getWitnessIdentity returns what is in it. Creating a witness
 * and changing an identity are not undoable actions (undo entries would copy the details); moving
 * a witness to the trash is (its undo entry holds the deletion time only).
 */

interface WitnessRow {
  id: string;
  code: string;
  case_id: string | null;
  description: string;
  created_at: string;
  updated_at: string;
}

interface ConsentRow {
  purpose: ConsentPurpose;
  given_at: string | null;
  withdrawn_at: string | null;
  note: string;
}

export interface IdentityInput {
  name?: string;
  contact?: string;
  exactPlace?: string;
}


/** Access to identifying details is itself part of the chain of custody (the details are not written there). */
function recordAccess(ctx: ServiceContext, witnessId: string, action: string): void {
  ctx.db.prepare(`INSERT INTO history (item_type, item_id, action, before, after, at, user) VALUES ('witness', ?, ?, NULL, NULL, ${NOW}, ${USER})`).run(witnessId, action);
}

function consentOf(ctx: ServiceContext, witnessId: string): ConsentState[] {
  const rows = ctx.db.prepare('SELECT purpose, given_at, withdrawn_at, note FROM witness_consents WHERE witness_id = ?').all(witnessId) as ConsentRow[];
  return ConsentPurposes.options.map((purpose) => {
    const r = rows.find((c) => c.purpose === purpose);
    if (!r) return { purpose, state: 'never', givenAt: null, withdrawnAt: null, note: '' };
    return { purpose, state: r.withdrawn_at ? 'withdrawn' : r.given_at ? 'given' : 'never', givenAt: r.given_at, withdrawnAt: r.withdrawn_at, note: r.note };
  });
}

function toWitness(ctx: ServiceContext, r: WitnessRow): Witness {
  return {
    id: r.id,
    code: r.code,
    caseId: r.case_id,
    description: r.description,
    consent: consentOf(ctx, r.id),
    hasIdentity: ctx.db.prepare("SELECT 1 FROM witness_identities WHERE witness_id = ? AND (name <> '' OR contact <> '' OR exact_place <> '')").get(r.id) !== undefined,
    accountCount: ctx.db.prepare('SELECT count(*) FROM accounts WHERE witness_id = ? AND deleted_at IS NULL').pluck().get(r.id) as number,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** A live witness; with inTrash, one in the trash too (whose identity can still be erased). */
function witnessRow(ctx: ServiceContext, id: string, inTrash = false): WitnessRow {
  const row = ctx.db
    .prepare(`SELECT id, code, case_id, description, created_at, updated_at FROM witnesses WHERE id = ? ${inTrash ? '' : 'AND deleted_at IS NULL'}`)
    .get(id) as WitnessRow | undefined;
  if (!row) throw new AppError('not_found', `No witness with id ${id} in this workspace.`);
  return row;
}

/** Refuses an id that is not a witness of this workspace, live or in the trash. */
export function assertWitnessKnown(ctx: ServiceContext, id: string): void {
  witnessRow(ctx, id, true);
}

export function getWitness(ctx: ServiceContext, id: string): Witness {
  return toWitness(ctx, witnessRow(ctx, id));
}

export function listWitnesses(ctx: ServiceContext, filter: { caseId?: string } = {}): Witness[] {
  if (filter.caseId) getCase(ctx, filter.caseId);
  const rows = ctx.db
    .prepare('SELECT id, code, case_id, description, created_at, updated_at FROM witnesses WHERE deleted_at IS NULL AND (@caseId IS NULL OR case_id = @caseId) ORDER BY code')
    .all({ caseId: filter.caseId ?? null }) as WitnessRow[];
  return rows.map((r) => toWitness(ctx, r));
}

/** The next code: W-0001, W-0002, ... never reusing one, even of a witness in the trash. */
function nextCode(ctx: ServiceContext): string {
  const last = ctx.db.prepare("SELECT max(CAST(substr(code, 3) AS INTEGER)) FROM witnesses WHERE code GLOB 'W-[0-9]*'").pluck().get() as number | null;
  return `W-${String((last ?? 0) + 1).padStart(4, '0')}`;
}

function writeIdentity(ctx: ServiceContext, witnessId: string, identity: IdentityInput): void {
  ctx.db
    .prepare(
      `INSERT INTO witness_identities (witness_id, name, contact, exact_place, updated_at) VALUES (@id, ifnull(@name, ''), ifnull(@contact, ''), ifnull(@exactPlace, ''), @now)
       ON CONFLICT(witness_id) DO UPDATE SET name = ifnull(@name, name), contact = ifnull(@contact, contact), exact_place = ifnull(@exactPlace, exact_place), updated_at = @now`,
    )
    .run({ id: witnessId, name: identity.name ?? null, contact: identity.contact ?? null, exactPlace: identity.exactPlace ?? null, now: ctx.now() });
}

export function createWitness(ctx: ServiceContext, input: { caseId?: string | null; description?: string; identity?: IdentityInput }): Witness {
  if (input.caseId) getCase(ctx, input.caseId);
  return ctx.db.transaction(() => {
    const id = ctx.newId();
    const now = ctx.now();
    ctx.db.prepare('INSERT INTO witnesses (id, code, case_id, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(id, nextCode(ctx), input.caseId ?? null, input.description ?? '', now, now);
    if (input.identity) {
      writeIdentity(ctx, id, input.identity);
      recordAccess(ctx, id, 'identity recorded');
    }
    return getWitness(ctx, id);
  }).immediate();
}

export function updateWitness(ctx: ServiceContext, id: string, patch: { caseId?: string | null; description?: string }): Witness {
  const current = getWitness(ctx, id);
  if (patch.caseId) getCase(ctx, patch.caseId);
  ctx.db
    .prepare('UPDATE witnesses SET case_id = ?, description = ?, updated_at = ? WHERE id = ?')
    .run(patch.caseId === undefined ? current.caseId : patch.caseId, patch.description ?? current.description, ctx.now(), id);
  return getWitness(ctx, id);
}

/** Moves a witness to the trash with their accounts (same deletion time, restored together); undoable. */
export function deleteWitness(ctx: ServiceContext, id: string): { id: string; accounts: number } {
  const current = getWitness(ctx, id);
  return undoable(ctx, `Move ${current.code} to the trash`, () => {
    const now = ctx.now();
    ctx.db.prepare('UPDATE witnesses SET deleted_at = ?, updated_at = ? WHERE id = ?').run(now, now, id);
    const accounts = ctx.db.prepare('UPDATE accounts SET deleted_at = ? WHERE witness_id = ? AND deleted_at IS NULL').run(now, id).changes;
    return { id, accounts };
  });
}

/** The identifying details, on explicit request only; the access is recorded in the history. */
export function getWitnessIdentity(ctx: ServiceContext, id: string): WitnessIdentity {
  const w = getWitness(ctx, id);
  const r = ctx.db.prepare('SELECT name, contact, exact_place, updated_at FROM witness_identities WHERE witness_id = ?').get(id) as
    | { name: string; contact: string; exact_place: string; updated_at: string }
    | undefined;
  recordAccess(ctx, id, 'identity viewed');
  return { witnessId: id, code: w.code, name: r?.name ?? '', contact: r?.contact ?? '', exactPlace: r?.exact_place ?? '', updatedAt: r?.updated_at ?? w.updatedAt };
}

/** Sets identifying details (fields left out stay as they are). Returns the witness, never the details. */
export function setWitnessIdentity(ctx: ServiceContext, id: string, identity: IdentityInput): Witness {
  getWitness(ctx, id);
  ctx.db.transaction(() => {
    writeIdentity(ctx, id, identity);
    recordAccess(ctx, id, 'identity changed');
  }).immediate();
  return getWitness(ctx, id);
}

/** SQL setting a field to as many '0' bytes as it holds: the row keeps its size, so SQLite overwrites it in place. */
const blank = (column: string) => `${column} = substr(hex(zeroblob(length(CAST(${column} AS BLOB)))), 1, length(CAST(${column} AS BLOB)))`;

/**
 * Destroys a witness's identity row in a database (the workspace or a backup): every field is first
 * overwritten with as many '0' bytes as it held, then the row is deleted; with secure_delete on
 * (every connection, src/node/db/open.ts) the freed space is zeroed too. True when a row was there.
 */
export function destroyIdentityRow(db: Db, witnessId: string): boolean {
  db.prepare(`UPDATE witness_identities SET ${blank('name')}, ${blank('contact')}, ${blank('exact_place')} WHERE witness_id = ?`).run(witnessId);
  return db.prepare('DELETE FROM witness_identities WHERE witness_id = ?').run(witnessId).changes > 0;
}

/** Whether a database (the workspace or a backup) holds any identifying detail of a witness. */
export function holdsIdentity(db: Db, witnessId: string): boolean {
  return db.prepare("SELECT 1 FROM witness_identities WHERE witness_id = ? AND (name <> '' OR contact <> '' OR exact_place <> '')").get(witnessId) !== undefined;
}

/** Copies the database's write-ahead log into it and empties the log, so no old page version stays in the -wal file. */
export function checkpointLog(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}

export interface BackupErasure {
  rewritten: number;
  failed: string[];
}

/**
 * Removes the identifying details for good (the witness stays, known by code), also of a witness in
 * the trash. Not undoable, by design. The row is overwritten, deleted and the log checkpointed, so
 * no byte of it stays in the workspace files; fromBackups, when given, then removes it from every
 * backup. The history records that the erasure happened, never what was erased.
 */
export function eraseWitnessIdentity(ctx: ServiceContext, id: string, fromBackups?: () => BackupErasure): Witness & { backupsRewritten: number; backupsFailed: string[] } {
  witnessRow(ctx, id, true);
  ctx.db.transaction(() => {
    destroyIdentityRow(ctx.db, id);
    recordAccess(ctx, id, 'identity erased');
  }).immediate();
  checkpointLog(ctx.db);
  const backups = fromBackups?.() ?? { rewritten: 0, failed: [] };
  if (fromBackups) {
    const failed = backups.failed.length ? `; ${backups.failed.length} could not be rewritten` : '';
    recordAccess(ctx, id, `identity erased from ${backups.rewritten} ${backups.rewritten === 1 ? 'backup' : 'backups'}${failed}`);
  }
  return { ...toWitness(ctx, witnessRow(ctx, id, true)), backupsRewritten: backups.rewritten, backupsFailed: backups.failed };
}

/**
 * Witnesses deleted before the cutoff go for good, with their identity (destroyed as by an
 * erasure), consent and links; one whose accounts are still there waits until they have gone.
 * The caller checkpoints the log after its transaction when any went.
 */
export function purgeWitnesses(ctx: ServiceContext, cutoff: string): number {
  const ids = ctx.db
    .prepare('SELECT id FROM witnesses w WHERE deleted_at IS NOT NULL AND deleted_at <= ? AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.witness_id = w.id)')
    .pluck()
    .all(cutoff) as string[];
  let removed = 0;
  for (const id of ids) {
    if (destroyIdentityRow(ctx.db, id)) recordAccess(ctx, id, 'identity erased');
    ctx.db.prepare('DELETE FROM witness_consents WHERE witness_id = ?').run(id);
    ctx.db.prepare("DELETE FROM links WHERE (from_type = 'witness' AND from_id = ?) OR (to_type = 'witness' AND to_id = ?)").run(id, id);
    removed += ctx.db.prepare('DELETE FROM witnesses WHERE id = ?').run(id).changes;
  }
  return removed;
}

/** Records consent for one purpose, given on a date (withdrawn, if it has been). */
export function setConsent(ctx: ServiceContext, input: { witnessId: string; purpose: ConsentPurpose; givenAt: string; withdrawnAt?: string | null; note?: string }): Witness {
  const w = getWitness(ctx, input.witnessId);
  if (input.withdrawnAt && input.withdrawnAt < input.givenAt) {
    throw new AppError('invalid_input', 'Consent cannot be withdrawn before it was given.', [{ path: 'withdrawnAt', message: 'must not be before givenAt' }]);
  }
  return undoable(ctx, `Consent of ${w.code}: ${input.purpose.replace(/_/g, ' ')}`, () => {
    ctx.db
      .prepare(
        `INSERT INTO witness_consents (witness_id, purpose, given_at, withdrawn_at, note, updated_at) VALUES (@witnessId, @purpose, @givenAt, @withdrawnAt, @note, @now)
         ON CONFLICT(witness_id, purpose) DO UPDATE SET given_at = excluded.given_at, withdrawn_at = excluded.withdrawn_at, note = excluded.note, updated_at = excluded.updated_at`,
      )
      .run({ witnessId: input.witnessId, purpose: input.purpose, givenAt: input.givenAt, withdrawnAt: input.withdrawnAt ?? null, note: input.note ?? '', now: ctx.now() });
    return getWitness(ctx, input.witnessId);
  });
}

/** Records that consent for one purpose was withdrawn on a date. */
export function withdrawConsent(ctx: ServiceContext, input: { witnessId: string; purpose: ConsentPurpose; withdrawnAt: string; note?: string }): Witness {
  const w = getWitness(ctx, input.witnessId);
  const current = w.consent.find((c) => c.purpose === input.purpose)!;
  if (current.state === 'never') throw new AppError('conflict', `${w.code} never gave consent to ${input.purpose.replace(/_/g, ' ')}; there is nothing to withdraw.`);
  return setConsent(ctx, { witnessId: input.witnessId, purpose: input.purpose, givenAt: current.givenAt!, withdrawnAt: input.withdrawnAt, note: input.note ?? current.note });
}
