import { AppError } from '../../shared/api/errors';
import type { Account, AccountRelation } from '../../shared/schemas/witness';
import { getCase } from './cases';
import type { ServiceContext } from './context';
import { defined, rowSql } from './evidence-common';
import { codesOf } from './tagging';
import { undoable } from './undo';
import { getWitness } from './witnesses';

interface AccountRow {
  id: string;
  witness_id: string;
  witness_code: string;
  case_id: string | null;
  interview_date: string | null;
  interviewer: string;
  location_coarse: string;
  language: string;
  interpreter: string;
  relation: AccountRelation;
  narrative: string;
  translation: string;
  incident_date: string | null;
  incident_place: string;
  reliability_note: string;
  memo: string;
  created_at: string;
  updated_at: string;
}

export interface AccountFields {
  caseId?: string | null;
  interviewDate?: string | null;
  interviewer?: string;
  locationCoarse?: string;
  language?: string;
  interpreter?: string;
  relation?: AccountRelation;
  narrative?: string;
  translation?: string;
  incidentDate?: string | null;
  incidentPlace?: string;
  reliabilityNote?: string;
  memo?: string;
}

const SELECT = 'SELECT x.*, w.code AS witness_code FROM accounts x JOIN witnesses w ON w.id = x.witness_id';

function toAccount(ctx: ServiceContext, r: AccountRow): Account {
  return {
    id: r.id,
    witnessId: r.witness_id,
    witnessCode: r.witness_code,
    caseId: r.case_id,
    interviewDate: r.interview_date,
    interviewer: r.interviewer,
    locationCoarse: r.location_coarse,
    language: r.language,
    interpreter: r.interpreter,
    relation: r.relation,
    narrative: r.narrative,
    translation: r.translation,
    incidentDate: r.incident_date,
    incidentPlace: r.incident_place,
    reliabilityNote: r.reliability_note,
    memo: r.memo,
    codeIds: codesOf(ctx, 'account', r.id),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function getAccount(ctx: ServiceContext, id: string): Account {
  const row = ctx.db.prepare(`${SELECT} WHERE x.id = ? AND x.deleted_at IS NULL`).get(id) as AccountRow | undefined;
  if (!row) throw new AppError('not_found', `No account with id ${id} in this workspace.`);
  return toAccount(ctx, row);
}

/** Accounts by interview date; in a case: recorded for it, or given by one of its witnesses. */
export function listAccounts(ctx: ServiceContext, filter: { witnessId?: string; caseId?: string } = {}): Account[] {
  if (filter.caseId) getCase(ctx, filter.caseId);
  if (filter.witnessId) getWitness(ctx, filter.witnessId);
  const rows = ctx.db
    .prepare(
      `${SELECT} WHERE x.deleted_at IS NULL AND (@witnessId IS NULL OR x.witness_id = @witnessId) AND (@caseId IS NULL OR x.case_id = @caseId OR w.case_id = @caseId)
       ORDER BY x.interview_date IS NULL, x.interview_date, x.created_at, x.id`,
    )
    .all({ witnessId: filter.witnessId ?? null, caseId: filter.caseId ?? null }) as AccountRow[];
  return rows.map((r) => toAccount(ctx, r));
}

const ACCOUNT_SQL = rowSql(
  'accounts',
  {
    case_id: 'caseId', interview_date: 'interviewDate', interviewer: 'interviewer', location_coarse: 'locationCoarse', language: 'language', interpreter: 'interpreter',
    relation: 'relation', narrative: 'narrative', translation: 'translation', incident_date: 'incidentDate', incident_place: 'incidentPlace',
    reliability_note: 'reliabilityNote', memo: 'memo',
  },
  { witness_id: 'witnessId' },
);

function params(ctx: ServiceContext, id: string, a: Account) {
  const { witnessId, caseId, interviewDate, interviewer, locationCoarse, language, interpreter, relation, narrative, translation, incidentDate, incidentPlace, reliabilityNote, memo } = a;
  return { witnessId, caseId, interviewDate, interviewer, locationCoarse, language, interpreter, relation, narrative, translation, incidentDate, incidentPlace, reliabilityNote, memo, id, now: ctx.now() };
}

export function createAccount(ctx: ServiceContext, input: AccountFields & { witnessId: string; language: string; relation: AccountRelation }): Account {
  const witness = getWitness(ctx, input.witnessId);
  if (input.caseId) getCase(ctx, input.caseId);
  const now = ctx.now();
  const account = {
    id: '', witnessId: witness.id, witnessCode: witness.code, caseId: witness.caseId, interviewDate: null, interviewer: '', locationCoarse: '', interpreter: '',
    narrative: '', translation: '', incidentDate: null, incidentPlace: '', reliabilityNote: '', memo: '', codeIds: [], createdAt: now, updatedAt: now, ...defined(input),
  } as Account;
  return undoable(ctx, `Record an account of ${witness.code}`, () => {
    const id = ctx.newId();
    ctx.db.prepare(ACCOUNT_SQL.insert).run(params(ctx, id, account));
    return getAccount(ctx, id);
  });
}

export function updateAccount(ctx: ServiceContext, id: string, patch: AccountFields): Account {
  const current = getAccount(ctx, id);
  if (patch.caseId) getCase(ctx, patch.caseId);
  return undoable(ctx, `Edit an account of ${current.witnessCode}`, () => {
    const { witnessId: _w, ...rest } = params(ctx, id, { ...current, ...defined(patch) } as Account);
    ctx.db.prepare(ACCOUNT_SQL.update).run(rest);
    return getAccount(ctx, id);
  });
}

export function deleteAccount(ctx: ServiceContext, id: string): { id: string } {
  const current = getAccount(ctx, id);
  return undoable(ctx, `Delete an account of ${current.witnessCode}`, () => {
    ctx.db.prepare('UPDATE accounts SET deleted_at = ?, updated_at = ? WHERE id = ?').run(ctx.now(), ctx.now(), id);
    return { id };
  });
}
