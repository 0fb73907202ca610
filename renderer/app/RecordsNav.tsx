import { RecordsSection } from '../features/library/RecordsSection';
import type { CentreView } from './CentreViewSwitcher';
import { RECORD_VIEWS, recordViewLabel } from './recordViews';
import { useRecordCounts } from './useRecordCounts';

/** The library's "Records" section, with how many of each there are. */
export function RecordsNav({ active, onOpen }: { active: CentreView; onOpen: (view: CentreView) => void }) {
  const counts = useRecordCounts();
  const entries = RECORD_VIEWS.map((view) => ({ view, label: recordViewLabel[view], count: counts[view] }));
  return <RecordsSection entries={entries} active={active} onOpen={onOpen} />;
}
