import { useState } from 'react';
import { normalizeAlias } from '../../../src/shared/domain/aliases';
import { useClient } from '../../api/ClientContext';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { plural } from '../../lib/format';
import { actorTypeLabel } from './actorWords';
import { useLiveQuery } from './useLiveQuery';
import './findActor.css';

export const FIND_ACTOR_ID = 'find-actor';

/**
 * "Find actor": who a name may refer to, through the one alias normalisation (case, hyphens, the
 * al-/el- article, Arabic variants). Shows how the name is compared, and which alias each actor matched.
 */
export function FindActor({ onOpen }: { onOpen: (actorId: string) => void }) {
  const client = useClient();
  const [text, setText] = useState('');
  const settled = useDebouncedValue(text.trim(), 150);
  const result = useLiveQuery(settled ? `match|${settled}` : null, () => client.call('actors.match', { name: settled }).then((r) => r.matches));
  const matches = settled ? (result.data ?? []) : [];
  const comparedAs = settled ? normalizeAlias(settled) : '';

  return (
    <div className="find-actor" role="search" aria-label="Actors by any of their names">
      <label className="field-label" htmlFor={FIND_ACTOR_ID}>
        Find actor
      </label>
      <input
        id={FIND_ACTOR_ID}
        className="input"
        type="search"
        dir="auto"
        autoComplete="off"
        spellCheck={false}
        placeholder="Any spelling or script: al Shara, الشرع"
        maxLength={300}
        value={text}
        aria-describedby="find-actor-status"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && text) {
            e.preventDefault();
            setText('');
          }
        }}
      />
      <div id="find-actor-status" className="find-actor-status" role="status">
        {settled && result.loaded && (
          <>
            {matches.length === 0 ? `No actor goes by “${settled}”.` : `${plural(matches.length, 'actor')} may be “${settled}”.`}{' '}
            {comparedAs && (
              <span className="find-actor-normal">
                Compared as <span className="mono" dir="auto">{comparedAs}</span>
              </span>
            )}
          </>
        )}
        {result.error && <span className="field-error">{result.error}</span>}
      </div>
      {matches.length > 0 && (
        <ul className="find-actor-results" aria-label="Actors found">
          {matches.map((m) => (
            <li key={m.actor.id}>
              <button type="button" className="find-actor-result" onClick={() => onOpen(m.actor.id)}>
                <span className="find-actor-name" dir="auto">
                  {m.actor.name}
                </span>
                <span className="find-actor-meta">
                  {actorTypeLabel[m.actor.type]} · {m.kind === 'exact' ? 'same name as' : 'every word in'}{' '}
                  {m.matched === m.actor.name ? 'its name' : 'the alias'} “<bdi>{m.matched}</bdi>”
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
