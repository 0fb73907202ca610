import { useMemo, useState } from 'react';
import type { FigureGroup, Outcome, Reconciliation } from '../../../src/shared/schemas/figure';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { CellTimeline } from './CellTimeline';
import { ConsistencyPanel } from './ConsistencyPanel';
import { openFigureDialog } from './figureDialogStore';
import { GROUP_LABEL, OUTCOME_LABEL } from './figureWords';
import { RangeChart } from './RangeChart';
import { ReconciliationTable, type CellKey } from './ReconciliationTable';
import { RulesPanel } from './RulesPanel';
import './reconciliationPanels.css';

interface ReconciliationPanelProps {
  data: Reconciliation;
  scopeLabel: string;
  onOpenArticle: (articleId: string) => void;
}

type RowKey = `${Outcome}:${FigureGroup}`;

/** The reconciliation table, its consistency flags, the charts and the rules, for one scope. */
export function ReconciliationPanel({ data, scopeLabel, onOpenArticle }: ReconciliationPanelProps) {
  const client = useClient();
  const { notify } = useNotices();
  const [selected, setSelected] = useState<CellKey | null>(null);
  const [chartRow, setChartRow] = useState<RowKey | null>(null);

  const flagged = useMemo(() => {
    const map = new Map<string, 'inconsistent' | 'check'>();
    for (const flag of data.flags) for (const id of flag.figureIds) if (map.get(id) !== 'inconsistent') map.set(id, flag.severity);
    return map;
  }, [data.flags]);

  const reporterName = (id: string) => data.reporters.find((r) => r.id === id)?.name ?? 'Unknown reporter';
  const rowKey = (r: { outcome: Outcome; group: FigureGroup }): RowKey => `${r.outcome}:${r.group}`;
  // The chart shows the chosen row, else the opened cell's, else the row most reporters speak to.
  const widest = [...data.rows].sort((a, b) => b.cells.length - a.cells.length)[0];
  const shownKey = chartRow ?? (selected ? rowKey(selected) : widest ? rowKey(widest) : null);
  const chartData = data.rows.find((r) => rowKey(r) === shownKey) ?? widest;
  const cell = selected ? data.rows.find((r) => r.outcome === selected.outcome && r.group === selected.group)?.cells.find((c) => c.reporterId === selected.reporterId) : undefined;

  async function edit(id: string) {
    try {
      openFigureDialog({ kind: 'edit', figure: await client.call('figures.get', { id }) });
    } catch (error) {
      notify({ tone: 'error', title: 'The figure could not be opened.', detail: errorMessage(error) });
    }
  }

  if (data.rows.length === 0) {
    return (
      <div className="recon-layout">
        <p className="report-empty">
          No figures in {scopeLabel} yet. Select a number in an article (“over 1,000”, “745 civilians”) and choose <b>Figure</b> in the bar under it.
        </p>
        <RulesPanel />
      </div>
    );
  }

  return (
    <div className="recon-layout">
      <div className="recon-overview">
        <div className="recon-main">
          <ReconciliationTable data={data} scopeLabel={scopeLabel} selected={selected} flagged={flagged} onSelect={(key) => setSelected(key)} />
          <p className="report-source">
            Each cell: the reporter’s latest figure and its as-of date; choose a cell for its timeline. Sources:{' '}
            {data.reporters.map((r) => r.name).join(', ')}, as recorded in this workspace.
          </p>
        </div>
        <ConsistencyPanel checks={data.checks} flags={data.flags} />
      </div>
      {selected && cell && (
        <CellTimeline
          reporterName={reporterName(selected.reporterId)}
          outcome={selected.outcome}
          group={selected.group}
          figures={[...cell.timeline, cell.latest]}
          onEdit={(id) => void edit(id)}
          onOpenArticle={onOpenArticle}
          onClose={() => setSelected(null)}
        />
      )}
      {chartData && (
        <section className="recon-panel" aria-labelledby="range-chart-heading">
          <header className="recon-panel-header">
            <h3 id="range-chart-heading" className="recon-panel-title">
              Chart
            </h3>
            <label className="recon-chart-choice">
              <span className="field-label">Outcome and group</span>
              <select className="input" value={rowKey(chartData)} onChange={(e) => setChartRow(e.target.value as RowKey)}>
                {data.rows.map((r) => (
                  <option key={rowKey(r)} value={rowKey(r)}>
                    {OUTCOME_LABEL[r.outcome]} · {GROUP_LABEL[r.group].toLowerCase()}
                  </option>
                ))}
              </select>
            </label>
          </header>
          <RangeChart
            what={`${chartData.outcome} · ${GROUP_LABEL[chartData.group].toLowerCase()}`}
            entries={chartData.cells.map((c) => ({ reporterName: reporterName(c.reporterId), figure: c.latest }))}
          />
        </section>
      )}
      <RulesPanel />
    </div>
  );
}
