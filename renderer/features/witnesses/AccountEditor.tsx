import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Case } from '../../../src/shared/schemas/case';
import type { Account, Witness } from '../../../src/shared/schemas/witness';
import { errorMessage, fieldIssues } from '../../api/errorMessage';
import { modKey } from '../../lib/platform';
import { ProblemAlert } from '../../ui/form/ProblemAlert';
import { EvidenceCodes } from '../highlights/EvidenceCodes';
import { useMutate } from '../undo/useMutate';
import { ACCOUNT_FIELDS, accountChanged, accountFields, draftFromAccount, newAccountDraft, validateAccount, type AccountDraft, type AccountErrors, type AccountField } from './accountDraft';
import { AccountFields } from './AccountFields';

interface AccountEditorProps {
  witness: Witness;
  /** The account to edit, or null for a new one. */
  account: Account | null;
  cases: readonly Case[];
  onSaved: (account: Account, created: boolean) => void;
  onCancel: () => void;
}

/** An eyewitness account's form, new or existing; messages appear next to their field. Key it by the account. */
export function AccountEditor({ witness, account, cases, onSaved, onCancel }: AccountEditorProps) {
  const mutate = useMutate();
  const [draft, setDraft] = useState<AccountDraft>(() => (account ? draftFromAccount(account) : newAccountDraft(witness.caseId)));
  const [errors, setErrors] = useState<AccountErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [base, setBase] = useState(account?.updatedAt);
  if (account && base !== account.updatedAt) {
    setBase(account.updatedAt);
    setDraft(draftFromAccount(account));
  }
  const dirty = account ? accountChanged(draft, account) : true;

  function focusField(field: string) {
    requestAnimationFrame(() => document.getElementById(`account-${field === 'caseId' ? 'case' : field}`)?.focus());
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (busy || !dirty) return;
    const found = validateAccount(draft);
    setErrors(found);
    setProblem(null);
    const first = Object.keys(found)[0];
    if (first) return focusField(first);
    setBusy(true);
    try {
      const fields = accountFields(draft);
      const saved = account ? await mutate('accounts.update', { id: account.id, patch: fields }) : await mutate('accounts.create', { witnessId: witness.id, ...fields });
      setSavedAt(new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }));
      onSaved(saved, !account);
    } catch (error) {
      const { byField, other } = fieldIssues(error, account ? 'patch.' : '', ACCOUNT_FIELDS);
      setErrors(byField);
      setProblem(Object.keys(byField).length ? null : [errorMessage(error), ...other].join(' '));
      const field = Object.keys(byField)[0];
      if (field) focusField(field);
    } finally {
      setBusy(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void submit();
    }
  }

  const change = (field: AccountField, value: string) => setDraft((d) => ({ ...d, [field]: value }));
  return (
    <form className="record-form" aria-label={account ? `Account of ${witness.code}` : `New account of ${witness.code}`} onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      <AccountFields draft={draft} errors={errors} cases={cases} onChange={change} />
      <EvidenceCodes itemType="account" itemId={account?.id ?? null} />
      <ProblemAlert problem={problem} />
      <div className="record-form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy || !dirty}>
          {busy ? 'Saving…' : account ? 'Save account' : 'Add account'}
        </button>
        {account ? (
          <button type="button" className="btn" disabled={busy || !dirty} onClick={() => (setDraft(draftFromAccount(account)), setErrors({}))}>
            Revert
          </button>
        ) : (
          <button type="button" className="btn" disabled={busy} onClick={onCancel}>
            Cancel
          </button>
        )}
        <span className="record-form-status" role="status">
          {Object.keys(errors).length ? <span className="field-error">Not saved: see the marked field.</span> : account && dirty ? `Unsaved changes · ${modKey}+S saves` : savedAt ? `Saved at ${savedAt}` : ''}
        </span>
      </div>
    </form>
  );
}
