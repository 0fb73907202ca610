import { useEffect, useState } from 'react';
import { CREDIBILITY_SCALE, RELIABILITY_SCALE, type Credibility, type Reliability, type SourceConnection } from '../../../src/shared/schemas/evidence';
import { useClient } from '../../api/ClientContext';
import { errorMessage, fieldIssues } from '../../api/errorMessage';
import { formatTimestamp } from '../../lib/format';
import { FormField } from '../../ui/form/FormField';
import { useDataVersion } from '../undo/dataVersion';
import { useMutate } from '../undo/useMutate';
import './grading.css';

const CONNECTION_OPTION: Record<SourceConnection, string> = {
  eyewitness: 'Eyewitness: saw or lived it',
  relayed: 'Relayed: heard it from others',
  official_statement: 'Official statement',
  media_report: 'Media report',
};

type Draft = { reliability: Reliability | ''; credibility: Credibility | ''; connection: SourceConnection | ''; note: string };
const FIELDS = ['reliability', 'credibility', 'connection', 'note'];

/**
 * Inspector section: the article's source grading on the Admiralty scale, reliability of the
 * source (A-F) and credibility of the information (1-6) graded apart, and how the source is
 * connected to what it reports.
 */
export function GradingSection({ articleId }: { articleId: string }) {
  const client = useClient();
  const mutate = useMutate();
  const dataVersion = useDataVersion();
  const [saved, setSaved] = useState<Draft & { grade: string | null; updatedAt: string | null }>({ reliability: '', credibility: '', connection: '', note: '', grade: null, updatedAt: null });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    client
      .call('grading.get', { articleId })
      .then((g) => current && setSaved({ reliability: g.reliability ?? '', credibility: g.credibility ?? '', connection: g.connection ?? '', note: g.note, grade: g.grade, updatedAt: g.updatedAt }))
      .catch((error: unknown) => current && setProblem(`The grading could not be read: ${errorMessage(error)}`));
    return () => {
      current = false;
    };
  }, [client, articleId, dataVersion]);

  const shown = draft ?? saved;
  const dirty = draft !== null && (['reliability', 'credibility', 'connection', 'note'] as const).some((k) => draft[k] !== saved[k]);
  const complete = shown.reliability !== '' && shown.credibility !== '' && shown.connection !== '';
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft({ ...shown, [key]: value });
  const id = (field: string) => `grading-${articleId}-${field}`;

  async function save() {
    if (!complete || busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await mutate('grading.set', { articleId, reliability: shown.reliability as Reliability, credibility: shown.credibility as Credibility, connection: shown.connection as SourceConnection, note: shown.note });
      setDraft(null);
      setErrors({});
    } catch (error) {
      const { byField, other } = fieldIssues(error, '', FIELDS);
      setErrors(byField);
      setProblem(Object.keys(byField).length ? other.join(' ') || null : errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="inspector-section grading-section" aria-labelledby={id('heading')}>
      <h3 id={id('heading')} className="inspector-section-title">
        Source grading {saved.grade && <span className="grading-grade" data-testid="grading-grade">{saved.grade}</span>}
      </h3>
      <form className="grading-form" onSubmit={(e) => (e.preventDefault(), void save())} noValidate>
        <FormField id={id('reliability')} label="Reliability of the source" error={errors.reliability} hint={shown.reliability ? RELIABILITY_SCALE[shown.reliability].meaning : 'Its track record, judged apart from this report.'}>
          {(describedBy, invalid) => (
            <select id={id('reliability')} className="input" value={shown.reliability} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => set('reliability', e.target.value as Reliability | '')}>
              <option value="">Not graded</option>
              {(Object.keys(RELIABILITY_SCALE) as Reliability[]).map((r) => (
                <option key={r} value={r}>
                  {r} – {RELIABILITY_SCALE[r].label}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={id('credibility')} label="Credibility of the information" error={errors.credibility} hint={shown.credibility ? CREDIBILITY_SCALE[shown.credibility].meaning : 'This report, judged apart from its source.'}>
          {(describedBy, invalid) => (
            <select
              id={id('credibility')}
              className="input"
              value={shown.credibility}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(e) => set('credibility', e.target.value === '' ? '' : (Number(e.target.value) as Credibility))}
            >
              <option value="">Not graded</option>
              {([1, 2, 3, 4, 5, 6] as const).map((c) => (
                <option key={c} value={c}>
                  {c} – {CREDIBILITY_SCALE[c].label}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={id('connection')} label="Connection to the information" error={errors.connection}>
          {(describedBy, invalid) => (
            <select id={id('connection')} className="input" value={shown.connection} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => set('connection', e.target.value as SourceConnection | '')}>
              <option value="">Not said</option>
              {(Object.keys(CONNECTION_OPTION) as SourceConnection[]).map((c) => (
                <option key={c} value={c}>
                  {CONNECTION_OPTION[c]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={id('note')} label="Grading note" error={errors.note}>
          {(describedBy, invalid) => (
            <textarea id={id('note')} className="input" dir="auto" rows={2} value={shown.note} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => set('note', e.target.value)} />
          )}
        </FormField>
        <div className="grading-actions">
          <button type="submit" className="btn btn-primary btn-small" disabled={!dirty || !complete || busy}>
            {busy ? 'Saving…' : 'Save grading'}
          </button>
          {dirty && (
            <button type="button" className="btn btn-small" onClick={() => (setDraft(null), setErrors({}))}>
              Revert
            </button>
          )}
          <span className="grading-status" role="status">
            {dirty && !complete ? 'Choose all three to save.' : !dirty && saved.updatedAt ? `Graded ${formatTimestamp(saved.updatedAt)}` : ''}
          </span>
        </div>
        {problem && (
          <p className="field-error" role="alert">
            {problem}
          </p>
        )}
      </form>
    </section>
  );
}
