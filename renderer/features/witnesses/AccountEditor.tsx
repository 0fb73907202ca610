import { useState } from 'react';
import type { Case } from '../../../src/shared/schemas/case';
import type { Account, Witness } from '../../../src/shared/schemas/witness';
import { ProblemAlert } from '../../ui/form/ProblemAlert';
import { RecordFormActions } from '../../ui/form/RecordFormActions';
import { issueMessages, useRecordForm } from '../../ui/form/useRecordForm';
import { EvidenceCodes } from '../highlights/EvidenceCodes';
import { useMutate } from '../undo/useMutate';
import { ACCOUNT_FIELDS, accountChanged, accountFields, draftFromAccount, newAccountDraft, validateAccount, type AccountDraft, type AccountField } from './accountDraft';
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
  const dirty = account ? accountChanged(draft, account) : true;
  const form = useRecordForm({
    dirty,
    check: () => validateAccount(draft),
    save: () => (account ? mutate('accounts.update', { id: account.id, patch: accountFields(draft) }) : mutate('accounts.create', { witnessId: witness.id, ...accountFields(draft) })),
    onSaved: (saved) => onSaved(saved, !account),
    failed: (error) => issueMessages(error, account ? 'patch.' : '', ACCOUNT_FIELDS),
    fieldId: (field) => `account-${field === 'caseId' ? 'case' : field}`,
    version: account?.updatedAt,
    restart: () => account && setDraft(draftFromAccount(account)),
  });

  const change = (field: AccountField, value: string) => setDraft((d) => ({ ...d, [field]: value }));
  return (
    <form className="record-form" aria-label={account ? `Account of ${witness.code}` : `New account of ${witness.code}`} onSubmit={form.submit} onKeyDown={form.onKeyDown} noValidate>
      <AccountFields draft={draft} errors={form.errors} cases={cases} onChange={change} />
      <EvidenceCodes itemType="account" itemId={account?.id ?? null} />
      <ProblemAlert problem={form.problem} />
      <RecordFormActions
        {...form.actions}
        editing={Boolean(account)}
        saveLabel="Save account"
        createLabel="Add account"
        onRevert={() => account && (setDraft(draftFromAccount(account)), form.clearMessages('fields'))}
        onCancel={onCancel}
      />
    </form>
  );
}
