import type { ActorType } from '../../../src/shared/schemas/actor';
import { SelectField } from '../../ui/form/SelectField';
import { TextField } from '../../ui/form/TextField';
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
        <TextField id={id('name')} label="Name" error={errors.name} dir="auto" autoComplete="off" maxLength={300} value={draft.name} onValue={(v) => onChange('name', v)} />
        <SelectField id={id('type')} label="Type" error={errors.type} value={draft.type} onValue={(v) => onChange('type', v)}>
          {ACTOR_TYPES.map((t) => (
            <option key={t} value={t}>
              {actorTypeLabel[t]}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField
        id={id('description')}
        label="Description"
        hint="Who they are, and how to tell them from others of a similar name. Optional."
        error={errors.description}
        multiline
        rows={3}
        dir="auto"
        value={draft.description}
        onValue={(v) => onChange('description', v)}
      />
    </>
  );
}
