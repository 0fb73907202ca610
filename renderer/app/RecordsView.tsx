import type { Case } from '../../src/shared/schemas/case';
import { ActorsView } from '../features/actors/ActorsView';
import { IncidentsView } from '../features/incidents/IncidentsView';
import { WitnessesView } from '../features/witnesses/WitnessesView';
import type { RecordView } from './recordViews';

export { isRecordView } from './recordViews';

interface RecordsViewProps {
  view: RecordView;
  /** The case the library is filtered by; incidents and witnesses start from it. */
  caseId: string | null;
  cases: readonly Case[];
}

/** The centre views of the registries: actors, incidents (with the case timeline) and witnesses. */
export function RecordsView({ view, caseId, cases }: RecordsViewProps) {
  if (view === 'actors') return <ActorsView />;
  if (view === 'incidents') return <IncidentsView caseId={caseId} cases={cases} />;
  return <WitnessesView caseId={caseId} cases={cases} />;
}
