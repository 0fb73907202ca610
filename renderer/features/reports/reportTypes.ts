export type ReportKind = 'segments' | 'frequency' | 'cooccurrence';

export const reportTabs: { kind: ReportKind; label: string }[] = [
  { kind: 'segments', label: 'Coded segments' },
  { kind: 'frequency', label: 'Code frequency' },
  { kind: 'cooccurrence', label: 'Co-occurrence' },
];

export const reportTabId = (kind: ReportKind) => `report-tab-${kind}`;
export const REPORT_PANEL_ID = 'report-panel';

/** What the Reports view was showing, so coming back to it shows the same. */
export const rememberedReport: { kind: ReportKind; codeId: string | null; includeChildren: boolean } = {
  kind: 'frequency',
  codeId: null,
  includeChildren: true,
};
