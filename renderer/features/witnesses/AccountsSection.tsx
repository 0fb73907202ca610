import { useState } from 'react';
import type { Case } from '../../../src/shared/schemas/case';
import type { Account, Witness } from '../../../src/shared/schemas/witness';
import { plural } from '../../lib/format';
import { ProblemAlert } from '../../ui/form/ProblemAlert';
import { focusRecordTable } from '../actors/RecordTable';
import { useUndoNotice } from '../actors/useUndoNotice';
import { LinksPanel } from '../incidents/LinksPanel';
import { AccountEditor } from './AccountEditor';
import { ACCOUNT_TABLE_ID, AccountTable } from './AccountTable';
import { DeleteAccountDialog } from './DeleteAccountDialog';
import { useAccounts } from './useAccounts';
import './accounts.css';

interface AccountsSectionProps {
  witness: Witness;
  cases: readonly Case[];
}

function focusSoon(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** A witness's accounts: the list, then the chosen (or new) account's form and its links. */
export function AccountsSection({ witness, cases }: AccountsSectionProps) {
  const { accounts, loaded, error } = useAccounts(witness.id);
  const [chosen, setChosen] = useState<string | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Account | null>(null);
  const undoNotice = useUndoNotice();
  const account = chosen && chosen !== 'new' ? (accounts.find((a) => a.id === chosen) ?? null) : null;

  const startNew = () => {
    setChosen('new');
    focusSoon('account-interviewDate');
  };

  return (
    <section className="record-section" aria-labelledby="accounts-heading">
      <div className="record-section-head">
        <h3 id="accounts-heading" className="record-section-title">
          Accounts
        </h3>
        <span className="record-section-count">{loaded ? plural(accounts.length, 'account') : ''}</span>
        <button type="button" className="btn btn-small accounts-new" onClick={startNew}>
          New account…
        </button>
      </div>
      <ProblemAlert problem={error && `The accounts could not be read: ${error}`} />
      {loaded && accounts.length === 0 && chosen !== 'new' && <p className="record-form-status">No accounts yet. Add what {witness.code} told you, with the interview’s details.</p>}
      {accounts.length > 0 && (
        <div className="accounts-table">
          <AccountTable accounts={accounts} selectedId={account?.id ?? null} onSelect={setChosen} onActivate={() => focusSoon('account-interviewDate')} />
        </div>
      )}
      {chosen === 'new' && (
        <div className="account-panel">
          <h4 className="account-panel-title">New account of {witness.code}</h4>
          <AccountEditor
            witness={witness}
            account={null}
            cases={cases}
            onSaved={(saved) => (setChosen(saved.id), focusRecordTable(ACCOUNT_TABLE_ID))}
            onCancel={() => setChosen(null)}
          />
        </div>
      )}
      {account && (
        <div className="account-panel">
          <h4 className="account-panel-title">Account of {witness.code}</h4>
          <AccountEditor key={account.id} witness={witness} account={account} cases={cases} onSaved={() => undefined} onCancel={() => setChosen(null)} />
          <LinksPanel type="account" id={account.id} selfName="account" />
          <div className="record-more" role="group" aria-label="Remove">
            <button type="button" className="btn btn-small btn-danger-quiet" onClick={() => setDeleting(account)}>
              Move account to trash…
            </button>
          </div>
        </div>
      )}
      <DeleteAccountDialog
        account={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={(a) => {
          setChosen(null);
          undoNotice(`Moved an account of ${a.witnessCode} to the trash.`, `Delete an account of ${a.witnessCode}`);
        }}
      />
    </section>
  );
}
