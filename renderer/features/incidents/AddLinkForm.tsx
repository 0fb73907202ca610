import { useState, type FormEvent } from 'react';
import type { LinkableType, LinkRelation } from '../../../src/shared/schemas/evidence';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { useLiveQuery } from '../actors/useLiveQuery';
import { useMutate } from '../undo/useMutate';
import { LINK_RELATIONS, LINK_TARGET_TYPES, listTargets, relationLabel } from './linkTargets';

interface AddLinkFormProps {
  type: LinkableType;
  id: string;
  selfName: string;
}

/** "This incident [corroborates] [an account] [W-0001, …]" with an optional note. */
export function AddLinkForm({ type, id, selfName }: AddLinkFormProps) {
  const client = useClient();
  const mutate = useMutate();
  const [relation, setRelation] = useState<LinkRelation>('corroborates');
  const [targetType, setTargetType] = useState<LinkableType>(type === 'incident' ? 'account' : 'incident');
  const [targetId, setTargetId] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const targets = useLiveQuery(`targets|${targetType}`, () => listTargets(client, targetType));
  const options = (targets.data ?? []).filter((o) => !(targetType === type && o.id === id));
  const prefix = `link-${type}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (!targetId) {
      setProblem('Choose the record to link to.');
      document.getElementById(`${prefix}-target`)?.focus();
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await mutate('links.create', { fromType: type, fromId: id, toType: targetType, toId: targetId, relation, ...(note.trim() ? { note: note.trim() } : {}) });
      setTargetId('');
      setNote('');
    } catch (error) {
      setProblem(`The link was not made: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="link-add" aria-label={`Link this ${selfName} to another record`} onSubmit={submit} noValidate>
      <div className="link-add-row">
        <span className="link-add-self">This {selfName}</span>
        <label className="visually-hidden" htmlFor={`${prefix}-relation`}>
          Relation
        </label>
        <select id={`${prefix}-relation`} className="input" value={relation} onChange={(e) => setRelation(e.target.value as LinkRelation)}>
          {LINK_RELATIONS.map((r) => (
            <option key={r} value={r}>
              {relationLabel[r]}
            </option>
          ))}
        </select>
        <label className="visually-hidden" htmlFor={`${prefix}-target-type`}>
          Type of record
        </label>
        <select id={`${prefix}-target-type`} className="input" value={targetType} onChange={(e) => (setTargetType(e.target.value as LinkableType), setTargetId(''))}>
          {LINK_TARGET_TYPES.map((t) => (
            <option key={t.type} value={t.type}>
              {t.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${prefix}-target`}>
          Linked record
        </label>
        <select
          id={`${prefix}-target`}
          className="input"
          value={targetId}
          aria-invalid={Boolean(problem && !targetId)}
          aria-describedby={problem ? `${prefix}-problem` : undefined}
          onChange={(e) => setTargetId(e.target.value)}
        >
          <option value="">{targets.loaded ? (options.length ? 'Choose…' : 'None recorded yet') : 'Loading…'}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="link-add-row">
        <label className="visually-hidden" htmlFor={`${prefix}-note`}>
          Note on the link
        </label>
        <input id={`${prefix}-note`} className="input" dir="auto" placeholder="Note (optional): on what point they agree or differ" value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
        <button type="submit" className="btn" disabled={busy}>
          {busy ? 'Linking…' : 'Add link'}
        </button>
      </div>
      {problem && (
        <p id={`${prefix}-problem`} className="field-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
