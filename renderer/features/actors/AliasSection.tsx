import { useState } from 'react';
import { normalizeAlias } from '../../../src/shared/domain/aliases';
import type { Actor, ActorAlias } from '../../../src/shared/schemas/actor';
import { errorMessage } from '../../api/errorMessage';
import { plural } from '../../lib/format';
import { useMutate } from '../undo/useMutate';
import { AddAliasForm } from './AddAliasForm';
import { ProblemAlert } from '../../ui/form/ProblemAlert';
import './aliases.css';

/**
 * The names an actor goes by, in any script or transliteration. Each shows the normalised form it is
 * matched as: two aliases with the same form are the same name to the registry.
 */
export function AliasSection({ actor }: { actor: Actor }) {
  const mutate = useMutate();
  const [problem, setProblem] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  async function remove(alias: ActorAlias) {
    setBusyId(alias.id);
    setProblem(null);
    try {
      await mutate('actors.removeAlias', { actorId: actor.id, aliasId: alias.id });
      document.getElementById('alias-new')?.focus();
    } catch (error) {
      setProblem(`“${alias.alias}” was not removed: ${errorMessage(error)}`);
    } finally {
      setBusyId(null);
    }
  }

  return (
    <section className="record-section" aria-labelledby="aliases-heading">
      <div className="record-section-head">
        <h3 id="aliases-heading" className="record-section-title">
          Names and aliases
        </h3>
        <span className="record-section-count">{plural(actor.aliases.length, 'alias', 'aliases')}</span>
      </div>
      <table className="alias-table">
        <caption className="visually-hidden">Names of {actor.name} and the normalised form each is matched as</caption>
        <thead>
          <tr>
            <th scope="col">Name or alias</th>
            <th scope="col">Matched as</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          <tr className="alias-primary">
            <th scope="row">
              <bdi>{actor.name}</bdi> <span className="alias-tag">name</span>
            </th>
            <td>
              <bdi className="mono alias-normal">{normalizeAlias(actor.name)}</bdi>
            </td>
            <td />
          </tr>
          {actor.aliases.map((alias) => (
            <tr key={alias.id}>
              <th scope="row">
                <bdi>{alias.alias}</bdi> {alias.language && <span className="alias-tag">{alias.language}</span>}
              </th>
              <td>
                <bdi className="mono alias-normal">{normalizeAlias(alias.alias)}</bdi>
              </td>
              <td className="alias-actions">
                <button
                  type="button"
                  className="btn btn-quiet btn-small"
                  aria-label={`Remove alias ${alias.alias}`}
                  title="Remove this alias"
                  disabled={busyId !== null}
                  onClick={() => void remove(alias)}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ProblemAlert problem={problem} />
      <AddAliasForm actor={actor} />
    </section>
  );
}
