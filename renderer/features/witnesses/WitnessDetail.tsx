import type { Case } from '../../../src/shared/schemas/case';
import type { Witness } from '../../../src/shared/schemas/witness';
import { useClient } from '../../api/ClientContext';
import { formatTimestamp, plural } from '../../lib/format';
import { useLiveQuery } from '../actors/useLiveQuery';
import { AccountsSection } from './AccountsSection';
import { ConsentGrid } from './ConsentGrid';
import { IdentityPanel } from './IdentityPanel';
import { WitnessAboutForm } from './WitnessAboutForm';

interface WitnessDetailProps {
  witnessId: string;
  cases: readonly Case[];
  onDelete: (witness: Witness) => void;
}

/** One witness, by code: case and description, identifying details (hidden), consent, and accounts. */
export function WitnessDetail({ witnessId, cases, onDelete }: WitnessDetailProps) {
  const client = useClient();
  const query = useLiveQuery(`witness|${witnessId}`, () => client.call('witnesses.get', { id: witnessId }));
  const witness = query.data?.id === witnessId ? query.data : null;
  if (query.error && !witness) {
    return (
      <p className="record-placeholder" role="alert">
        This witness could not be read: {query.error}
      </p>
    );
  }
  if (!witness) return <p className="record-placeholder">Loading…</p>;
  return (
    <article className="record-detail" aria-labelledby="witness-detail-title">
      <header className="record-detail-header">
        <h3 id="witness-detail-title" className="record-detail-title mono witness-code">
          {witness.code}
        </h3>
        <p className="record-detail-meta">
          {plural(witness.accountCount, 'account')} · registered {formatTimestamp(witness.createdAt)}
        </p>
      </header>
      <WitnessAboutForm key={witness.id} witness={witness} cases={cases} />
      <IdentityPanel key={`identity-${witness.id}`} witness={witness} />
      <ConsentGrid witness={witness} />
      <AccountsSection key={`accounts-${witness.id}`} witness={witness} cases={cases} />
      <div className="record-more" role="group" aria-label="Remove">
        <button type="button" className="btn btn-small btn-danger-quiet" onClick={() => onDelete(witness)}>
          Move witness to trash…
        </button>
      </div>
    </article>
  );
}
