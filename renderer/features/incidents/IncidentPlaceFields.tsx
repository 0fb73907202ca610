import { TextField } from '../../ui/form/TextField';
import type { IncidentDraft, IncidentErrors, IncidentField } from './incidentDraft';

interface IncidentPlaceFieldsProps {
  idPrefix: string;
  draft: IncidentDraft;
  errors: IncidentErrors;
  onChange: (field: IncidentField, value: string) => void;
}

const textFields: { field: IncidentField; label: string; hint?: string; dir?: 'rtl' | 'auto'; lang?: string }[] = [
  { field: 'placeNameEn', label: 'Place (English)', hint: 'As English sources write it: Baniyas, al-Mukhtariya.' },
  { field: 'placeNameAr', label: 'Place (Arabic)', dir: 'rtl', lang: 'ar', hint: 'As Arabic sources write it.' },
  { field: 'admin1', label: 'Governorate (admin 1)' },
  { field: 'admin2', label: 'District (admin 2)' },
];

/** Where it happened: the place's name in English and Arabic, admin levels, and optional coordinates. */
export function IncidentPlaceFields({ idPrefix, draft, errors, onChange }: IncidentPlaceFieldsProps) {
  const id = (field: string) => `${idPrefix}-${field}`;
  return (
    <fieldset className="record-fieldset">
      <legend className="record-fieldset-legend">Place</legend>
      <div className="record-form-row">
        {textFields.map(({ field, label, hint, dir, lang }) => (
          <TextField key={field} id={id(field)} label={label} hint={hint} error={errors[field]} dir={dir ?? 'auto'} lang={lang} autoComplete="off" maxLength={300} value={draft[field]} onValue={(v) => onChange(field, v)} />
        ))}
      </div>
      <div className="record-form-row">
        {(['lat', 'lon'] as const).map((field) => (
          <TextField
            key={field}
            id={id(field)}
            label={field === 'lat' ? 'Latitude' : 'Longitude'}
            hint="Optional, in decimal degrees."
            error={errors[field]}
            className="num-input"
            inputMode="decimal"
            autoComplete="off"
            placeholder={field === 'lat' ? '35.18' : '35.94'}
            value={draft[field]}
            onValue={(v) => onChange(field, v)}
          />
        ))}
      </div>
    </fieldset>
  );
}
