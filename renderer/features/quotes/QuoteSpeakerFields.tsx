import type { QuoteMode } from '../../../src/shared/schemas/evidence';
import { ActorPicker } from '../figures/ActorPicker';
import { FormField } from '../../ui/form/FormField';
import type { QuoteDraft, QuoteErrors, QuoteField, SpeakerKind } from './quoteDraft';

interface QuoteSpeakerFieldsProps {
  draft: QuoteDraft;
  errors: QuoteErrors;
  set: <K extends QuoteField>(field: K, value: QuoteDraft[K]) => void;
}

const SPEAKER_TYPES = ['person', 'organisation', 'armed_group'] as const;

/** Who speaks: a registered actor or a descriptor for an anonymous speaker, their role, and whether the words are theirs or relayed. */
export function QuoteSpeakerFields({ draft, errors, set }: QuoteSpeakerFieldsProps) {
  const radio = <K extends 'speakerKind' | 'mode'>(field: K, value: QuoteDraft[K], label: string) => (
    <label className="choice">
      <input type="radio" name={`quote-${field}`} value={String(value)} checked={draft[field] === value} onChange={() => set(field, value)} />
      <span>{label}</span>
    </label>
  );
  return (
    <fieldset className="ev-section">
      <legend className="ev-section-title">Speaker</legend>
      <div className="ev-choices" role="radiogroup" aria-label="Speaker is">
        {radio('speakerKind', 'actor' as SpeakerKind, 'A registered actor')}
        {radio('speakerKind', 'descriptor' as SpeakerKind, 'Anonymous: a descriptor')}
      </div>
      <div className="ev-grid ev-grid-2">
        {draft.speakerKind === 'actor' ? (
          <FormField id="quote-speaker" label="Speaker" error={errors.speakerId} hint="Type a name or alias; a new name can be registered here.">
            {(describedBy, invalid) => (
              <ActorPicker
                id="quote-speaker"
                value={draft.speakerId}
                onChange={(id) => set('speakerId', id)}
                newTypes={SPEAKER_TYPES}
                placeholder="e.g. Ahmad al-Sharaa"
                invalid={invalid}
                describedBy={describedBy}
              />
            )}
          </FormField>
        ) : (
          <FormField id="quote-descriptor" label="Speaker descriptor" error={errors.speakerDescriptor} hint="Without identifying them: “an Alawite man from Damascus”.">
            {(describedBy, invalid) => (
              <input
                id="quote-descriptor"
                className="input"
                dir="auto"
                autoComplete="off"
                value={draft.speakerDescriptor}
                aria-invalid={invalid}
                aria-describedby={describedBy}
                onChange={(e) => set('speakerDescriptor', e.target.value)}
              />
            )}
          </FormField>
        )}
        <FormField id="quote-role" label="Speaker role" error={errors.speakerRole} hint="e.g. interim president, resident, relative of a victim.">
          {(describedBy, invalid) => (
            <input id="quote-role" className="input" dir="auto" autoComplete="off" value={draft.speakerRole} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => set('speakerRole', e.target.value)} />
          )}
        </FormField>
      </div>
      <div className="ev-choices" role="radiogroup" aria-label="Quoted">
        {radio('mode', 'direct' as QuoteMode, 'Direct: the speaker’s own words')}
        {radio('mode', 'relayed' as QuoteMode, 'Relayed: reported by someone else')}
      </div>
    </fieldset>
  );
}
