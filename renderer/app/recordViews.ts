/** The centre views of the record registries (features/actors, incidents, witnesses). */
export const RECORD_VIEWS = ['actors', 'incidents', 'witnesses'] as const;
export type RecordView = (typeof RECORD_VIEWS)[number];

export const recordViewLabel: Record<RecordView, string> = {
  actors: 'Actors',
  incidents: 'Incidents',
  witnesses: 'Witnesses',
};

export function isRecordView(view: string): view is RecordView {
  return (RECORD_VIEWS as readonly string[]).includes(view);
}
