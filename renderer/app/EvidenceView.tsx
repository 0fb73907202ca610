import type { Case } from '../../src/shared/schemas/case';
import { FiguresView } from '../features/figures/FiguresView';
import { QuotesView } from '../features/quotes/QuotesView';

interface EvidenceViewProps {
  view: 'figures' | 'quotes';
  version: number;
  caseId: string | null;
  cases: readonly Case[];
  onSelectCase: (caseId: string | null) => void;
  onOpenArticle: (articleId: string) => void;
}

/** The centre views of evidence records: casualty figures (reconciliation and list) and quotes. */
export function EvidenceView({ view, ...props }: EvidenceViewProps) {
  return view === 'figures' ? <FiguresView {...props} /> : <QuotesView caseId={props.caseId} cases={props.cases} onOpenArticle={props.onOpenArticle} />;
}
