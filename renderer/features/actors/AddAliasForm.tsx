import { useState, type FormEvent } from 'react';
import { normalizeAlias } from '../../../src/shared/domain/aliases';
import type { Actor } from '../../../src/shared/schemas/actor';
import { ApiError } from '../../api/client';
import { errorMessage, fieldIssues } from '../../api/errorMessage';
import { useMutate } from '../undo/useMutate';

const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

/** Which existing name an alias would duplicate, once normalised. */
function duplicateOf(actor: Actor, normal: string): string | null {
  if (!normal) return null;
  if (normalizeAlias(actor.name) === normal) return actor.name;
  return actor.aliases.find((a) => normalizeAlias(a.alias) === normal)?.alias ?? null;
}

/** Adds an alias (and optionally its language); shows, as it is typed, the form it will be matched as. */
export function AddAliasForm({ actor }: { actor: Actor }) {
  const mutate = useMutate();
  const [alias, setAlias] = useState('');
  const [language, setLanguage] = useState('');
  const [errors, setErrors] = useState<{ alias?: string; language?: string }>({});
  const [busy, setBusy] = useState(false);
  const normal = normalizeAlias(alias);
  const duplicate = duplicateOf(actor, normal);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const next: typeof errors = {};
    if (!alias.trim()) next.alias = 'Type the alias to add.';
    else if (!normal) next.alias = 'An alias needs letters or digits (the article “al-” alone is not a name).';
    else if (duplicate) next.alias = `“${alias.trim()}” is matched as “${normal}”, like “${duplicate}”, which ${actor.name} already has.`;
    if (language.trim() && !LANGUAGE_TAG.test(language.trim())) next.language = 'Use a language tag such as “ar” or “en”, or leave it empty.';
    setErrors(next);
    if (Object.keys(next).length) {
      document.getElementById(next.alias ? 'alias-new' : 'alias-language')?.focus();
      return;
    }
    setBusy(true);
    try {
      await mutate('actors.addAlias', { actorId: actor.id, alias: alias.trim(), ...(language.trim() ? { language: language.trim() } : {}) });
      setAlias('');
      setLanguage('');
      document.getElementById('alias-new')?.focus();
    } catch (error) {
      const { byField, other } = fieldIssues(error, '', ['alias', 'language']);
      if (error instanceof ApiError && error.code === 'conflict') byField.alias = error.message;
      setErrors(Object.keys(byField).length ? byField : { alias: [errorMessage(error), ...other].join(' ') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="alias-add" aria-label={`Add an alias to ${actor.name}`} onSubmit={submit} noValidate>
      <div className="alias-add-row">
        <div className="field alias-add-name">
          <label className="field-label" htmlFor="alias-new">
            New alias
          </label>
          <input
            id="alias-new"
            className="input"
            dir="auto"
            autoComplete="off"
            maxLength={300}
            value={alias}
            placeholder="Another spelling, script or transliteration"
            aria-invalid={Boolean(errors.alias)}
            aria-describedby={errors.alias ? 'alias-new-error alias-new-normal' : 'alias-new-normal'}
            onChange={(e) => setAlias(e.target.value)}
          />
        </div>
        <div className="field alias-add-language">
          <label className="field-label" htmlFor="alias-language">
            Language
          </label>
          <input
            id="alias-language"
            className="input"
            autoComplete="off"
            maxLength={20}
            placeholder="ar, en…"
            value={language}
            aria-invalid={Boolean(errors.language)}
            aria-describedby={errors.language ? 'alias-language-error' : undefined}
            onChange={(e) => setLanguage(e.target.value)}
          />
        </div>
        <button type="submit" className="btn" disabled={busy}>
          {busy ? 'Adding…' : 'Add alias'}
        </button>
      </div>
      <p id="alias-new-normal" className="field-hint">
        {normal ? (
          <>
            Will be matched as <bdi className="mono alias-normal">{normal}</bdi>
            {duplicate && !errors.alias && <> (the same as “{duplicate}”)</>}
          </>
        ) : (
          'Case, hyphens, the al-/el- article and Arabic letter variants are ignored when matching.'
        )}
      </p>
      {errors.alias && (
        <p id="alias-new-error" className="field-error">
          {errors.alias}
        </p>
      )}
      {errors.language && (
        <p id="alias-language-error" className="field-error">
          {errors.language}
        </p>
      )}
    </form>
  );
}
