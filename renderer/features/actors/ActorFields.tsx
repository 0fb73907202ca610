import type { ActorType } from '../../../src/shared/schemas/actor';
import { FormField } from '../../ui/form/FormField';
import { ACTOR_TYPES, actorTypeLabel } from './actorWords';

export interface ActorDraft {
  name: string;
  type: ActorType;
  description: string;
}

export type ActorErrors = Partial<Record<keyof ActorDraft | 'aliases', string>>;

interface ActorFieldsProps {
  idPrefix: string;
  draft: ActorDraft;
  errors: ActorErrors;
  onChange: <F extends keyof ActorDraft>(field: F, value: ActorDraft[F]) => void;
}

/** Name, type and description of an actor, shared by the "New actor" dialog and the detail form. */
export function ActorFields({ idPrefix, draft, errors, onChange }: ActorFieldsProps) {
  const id = (field: string) => `${idPrefix}-${field}`;
  return (
    <>
      <div className="record-form-row">
        <FormField id={id('name')} label="Name" error={errors.name}>
          {(describedBy, invalid) => (
            <input
              id={id('name')}
              className="input"
              dir="auto"
              autoComplete="off"
              maxLength={300}
              value={draft.name}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(e) => onChange('name', e.target.value)}
            />
          )}
        </FormField>
        <FormField id={id('type')} label="Type" error={errors.type}>
          {(describedBy, invalid) => (
            <select
              id={id('type')}
              className="input"
              value={draft.type}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(e) => onChange('type', e.target.value as ActorType)}
            >
              {ACTOR_TYPES.map((t) => (
                <option key={t} value={t}>
                  {actorTypeLabel[t]}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <FormField id={id('description')} label="Description" hint="Who they are, and how to tell them from others of a similar name. Optional." error={errors.description}>
        {(describedBy, invalid) => (
          <textarea
            id={id('description')}
            className="input"
            dir="auto"
            rows={3}
            value={draft.description}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(e) => onChange('description', e.target.value)}
          />
        )}
      </FormField>
    </>
  );
}
