import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/shared/api/errors';
import { boundsOf, consistencyChecks, countInWords, countProblem, formatRange, parseWording, reconcile, sumFigures, type CountInput, type FigureClaim } from '../../src/shared/domain/figures';

const SOHR = '00000000-0000-4000-8000-000000000001';
const SNHR = '00000000-0000-4000-8000-000000000002';
let n = 0;
function fig(group: FigureClaim['group'], count: CountInput, extra: Partial<FigureClaim> = {}): FigureClaim {
  n++;
  return {
    id: `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`,
    reporterId: SOHR,
    reporterName: 'SOHR',
    outcome: 'killed',
    group,
    qualifier: count.qualifier,
    ...boundsOf(count),
    wording: '',
    reportedDate: '2025-03-08',
    asOfDate: null,
    identity: null,
    articleId: null,
    updatesId: null,
    createdAt: `2025-03-08T00:00:${String(n % 60).padStart(2, '0')}.000Z`,
    ...extra,
  };
}
const sohrBreakdown = () => [fig('civilians', { qualifier: 'exact', value: 745 }), fig('security_forces', { qualifier: 'exact', value: 125 }), fig('fighters', { qualifier: 'exact', value: 148 })];
function refused(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected a refusal');
}

describe('ranges from qualifiers', () => {
  it('derives min and max from the qualifier', () => {
    expect(boundsOf({ qualifier: 'over', value: 1000 })).toEqual({ min: 1001, max: null });
    expect(boundsOf({ qualifier: 'at_least', value: 745 })).toEqual({ min: 745, max: null });
    expect(boundsOf({ qualifier: 'about', value: 260 })).toEqual({ min: 260, max: 260 });
    expect(boundsOf({ qualifier: 'exact', value: 148 })).toEqual({ min: 148, max: 148 });
    expect(boundsOf({ qualifier: 'up_to', value: 50 })).toEqual({ min: null, max: 50 });
    expect(boundsOf({ qualifier: 'range', min: 100, max: 200 })).toEqual({ min: 100, max: 200 });
    expect(boundsOf({ qualifier: 'vague', min: 24 })).toEqual({ min: 24, max: null });
  });

  it('explains malformed counts field by field', () => {
    expect(countProblem({ qualifier: 'over' })?.path).toEqual(['value']);
    expect(countProblem({ qualifier: 'over', value: 1, min: 1 })?.path).toEqual(['min']);
    expect(countProblem({ qualifier: 'range', min: 5 })?.path).toEqual(['max']);
    expect(countProblem({ qualifier: 'range', min: 5, max: 4 })).toEqual({ path: ['max'], message: 'must not be less than min' });
    expect(countProblem({ qualifier: 'range', value: 5 })?.path).toEqual(['value']);
    expect(countProblem({ qualifier: 'vague' })).toBeNull();
    expect(countProblem({ qualifier: 'about', value: 260 })).toBeNull();
  });

  it('reads English and Arabic wordings', () => {
    expect(parseWording('over 1,000')).toEqual({ qualifier: 'over', value: 1000 });
    expect(parseWording('more than 1,000 people')).toEqual({ qualifier: 'over', value: 1000 });
    expect(parseWording('at least 745 civilians')).toEqual({ qualifier: 'at_least', value: 745 });
    expect(parseWording('about 260')).toEqual({ qualifier: 'about', value: 260 });
    expect(parseWording('between 100 and 200')).toEqual({ qualifier: 'range', min: 100, max: 200 });
    expect(parseWording('100–200')).toEqual({ qualifier: 'range', min: 100, max: 200 });
    expect(parseWording('up to 50')).toEqual({ qualifier: 'up_to', value: 50 });
    expect(parseWording('dozens')).toEqual({ qualifier: 'vague', min: 24 });
    expect(parseWording('745')).toEqual({ qualifier: 'exact', value: 745 });
    expect(parseWording('ما لا يقل عن ٤٥ مدنياً')).toEqual({ qualifier: 'at_least', value: 45 });
    expect(parseWording('أكثر من 1000 شخص')).toEqual({ qualifier: 'over', value: 1000 });
    expect(parseWording('عشرات القتلى')).toEqual({ qualifier: 'vague', min: 24 });
    expect(parseWording('many people')).toBeNull();
  });

  it('formats ranges for display', () => {
    expect(formatRange({ qualifier: 'over', min: 1001, max: null })).toBe('1,001+');
    expect(formatRange({ qualifier: 'exact', min: 745, max: 745 })).toBe('745');
    expect(formatRange({ qualifier: 'about', min: 260, max: 260 })).toBe('about 260');
    expect(formatRange({ qualifier: 'range', min: 1000, max: 1500 })).toBe('1,000\u20131,500');
    expect(formatRange({ qualifier: 'up_to', min: null, max: 50 })).toBe('up to 50');
    expect(formatRange({ qualifier: 'vague', min: null, max: null })).toBe('unknown');
  });
});

describe('consistency of a reporter’s own figures', () => {
  it('SOHR: 745 + 125 + 148 = 1,018 is consistent with “over 1,000”', () => {
    const checks = consistencyChecks([fig('total', { qualifier: 'over', value: 1000 }, { wording: 'over 1,000' }), ...sohrBreakdown()]);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ kind: 'breakdown_exceeds_total', ok: true, outcome: 'killed', asOf: '2025-03-08' });
    expect(checks[0].explanation).toContain('745 + security forces 125 + fighters 148 = 1,018');
    expect(checks[0].explanation).toContain('consistent');
  });

  it('the same breakdown against an exact total of 1,000 is flagged, with an explanation', () => {
    const checks = consistencyChecks([fig('total', { qualifier: 'exact', value: 1000 }, { wording: '1,000' }), ...sohrBreakdown()]);
    const flag = checks.find((c) => !c.ok)!;
    expect(flag).toMatchObject({ kind: 'breakdown_exceeds_total', severity: 'inconsistent', reporterName: 'SOHR' });
    expect(flag.explanation).toMatch(/= 1,018, more than its total .*at most 1,000/);
    expect(flag.figureIds).toHaveLength(4);
  });

  it('an approximate total is flagged as a check, not an inconsistency', () => {
    const [flag] = consistencyChecks([fig('total', { qualifier: 'about', value: 1000 }), ...sohrBreakdown()]).filter((c) => !c.ok);
    expect(flag.severity).toBe('check');
  });

  it('a total larger than a complete breakdown is flagged; an incomplete breakdown never is', () => {
    const total = fig('total', { qualifier: 'exact', value: 2000 });
    const incomplete = consistencyChecks([total, ...sohrBreakdown()]);
    expect(incomplete.map((c) => c.kind)).toEqual(['breakdown_exceeds_total']);
    expect(incomplete[0].ok).toBe(true);
    const complete = consistencyChecks([total, ...sohrBreakdown(), fig('other', { qualifier: 'exact', value: 0 })]);
    const flag = complete.find((c) => c.kind === 'total_exceeds_complete_breakdown')!;
    expect(flag.ok).toBe(false);
    expect(flag.explanation).toContain('at most 1,018, less than its total');
  });

  it('sub-groups of civilians must fit within the civilians', () => {
    const civilians = fig('civilians', { qualifier: 'exact', value: 745 });
    const checks = consistencyChecks([civilians, fig('children', { qualifier: 'at_least', value: 800 }), fig('women', { qualifier: 'exact', value: 100 })]);
    expect(checks.map((c) => [c.kind, c.ok])).toEqual([
      ['subgroup_exceeds_civilians', false],
      ['subgroup_exceeds_civilians', true],
    ]);
    expect(checks[0].explanation).toContain('children 800+ is more than civilians 745');
    const againstTotal = consistencyChecks([fig('total', { qualifier: 'exact', value: 50 }), fig('journalists', { qualifier: 'exact', value: 60 })]);
    expect(againstTotal).toMatchObject([{ kind: 'subgroup_exceeds_total', ok: false }]);
  });

  it('never compares across reporters or as-of dates', () => {
    const otherDay = fig('total', { qualifier: 'exact', value: 1000 }, { asOfDate: '2025-03-07', reportedDate: '2025-03-08' });
    const otherReporter = fig('total', { qualifier: 'exact', value: 10 }, { reporterId: SNHR, reporterName: 'SNHR' });
    expect(consistencyChecks([otherDay, otherReporter, ...sohrBreakdown()])).toEqual([]);
  });
});

describe('reconciliation', () => {
  it('rows are outcome x group, columns reporters; each cell the latest figure with the older ones as a timeline', () => {
    const day = (d: string, value: number, qualifier: CountInput['qualifier'] = 'exact') => fig('civilians', { qualifier, value }, { asOfDate: d, reportedDate: d });
    const rising = [day('2025-03-09', 973, 'at_least'), day('2025-03-07', 311), day('2025-03-08', 745)];
    const snhr = fig('civilians', { qualifier: 'at_least', value: 803 }, { reporterId: SNHR, reporterName: 'SNHR', asOfDate: '2025-03-10', reportedDate: '2025-03-11' });
    const injured = fig('total', { qualifier: 'about', value: 260 }, { outcome: 'injured' });
    const r = reconcile([...rising, snhr, injured]);
    expect(r.reporters.map((p) => p.name)).toEqual(['SNHR', 'SOHR']);
    expect(r.rows.map((row) => `${row.outcome}/${row.group}`)).toEqual(['killed/civilians', 'injured/total']);
    const sohrCell = r.rows[0].cells.find((c) => c.reporterId === SOHR)!;
    expect(sohrCell.latest).toMatchObject({ range: '973+', asOf: '2025-03-09' });
    expect(sohrCell.timeline.map((f) => [f.asOf, f.range])).toEqual([
      ['2025-03-07', '311'],
      ['2025-03-08', '745'],
    ]);
    expect(r.rows[0].cells.find((c) => c.reporterId === SNHR)!.latest.range).toBe('803+');
    expect(r.rows[1].cells[0].latest.range).toBe('about 260');
  });

  it('breaks a tie on the as-of date by the reported date', () => {
    const early = fig('total', { qualifier: 'exact', value: 1 }, { asOfDate: '2025-03-07', reportedDate: '2025-03-08' });
    const late = fig('total', { qualifier: 'exact', value: 2 }, { asOfDate: '2025-03-07', reportedDate: '2025-03-09' });
    expect(reconcile([late, early]).rows[0].cells[0].latest.id).toBe(late.id);
  });
});

describe('undated figures', () => {
  const undated = (group: FigureClaim['group'], value: number, articleId: string | null = ARTICLE) =>
    fig(group, { qualifier: 'exact', value }, { reportedDate: '', asOfDate: null, articleId, createdAt: '2026-12-03T10:00:00.000Z' });
  const ARTICLE = '00000000-0000-4000-8000-0000000000a1';

  it('are never the latest figure while the reporter gave a dated one, and are marked undated', () => {
    const dated = fig('civilians', { qualifier: 'exact', value: 745 }, { reportedDate: '2025-03-09' });
    const late = undated('civilians', 311);
    const cell = reconcile([dated, late]).rows[0].cells[0];
    expect(cell.latest).toMatchObject({ id: dated.id, undated: false, asOf: '2025-03-09' });
    expect(cell.timeline).toMatchObject([{ id: late.id, undated: true, asOf: '' }]);
    expect(reconcile([late]).rows[0].cells[0].latest).toMatchObject({ id: late.id, undated: true });
  });

  it('are compared only with undated figures of the same article, never with dated ones', () => {
    const datedTotal = fig('total', { qualifier: 'exact', value: 1000 }, { reportedDate: '2025-03-09' });
    const checks = consistencyChecks([datedTotal, undated('civilians', 745), undated('fighters', 400)]);
    expect(checks).toEqual([]);
    const same = consistencyChecks([undated('total', 1000), undated('civilians', 745), undated('fighters', 400)]);
    expect(same).toMatchObject([{ kind: 'breakdown_exceeds_total', ok: false, asOf: '' }]);
    expect(same[0].explanation).toMatch(/^SOHR, killed undated \(same article\):/);
    const apart = consistencyChecks([undated('total', 1000, ARTICLE), undated('civilians', 1745, '00000000-0000-4000-8000-0000000000a2'), undated('fighters', 400, null)]);
    expect(apart).toEqual([]);
  });
});

describe('sumFigures', () => {
  it('adds one reporter’s mutually exclusive groups for one outcome and as-of date', () => {
    const s = sumFigures(sohrBreakdown());
    expect(s).toMatchObject({ min: 1018, max: 1018, range: '1,018', groups: ['civilians', 'security_forces', 'fighters'] });
    expect(sumFigures([fig('civilians', { qualifier: 'at_least', value: 745 }), fig('fighters', { qualifier: 'exact', value: 148 })])).toMatchObject({ min: 893, max: null, range: '893+' });
  });

  it('refuses figures from different reporters', () => {
    const e = refused(() => sumFigures([fig('civilians', { qualifier: 'exact', value: 745 }), fig('fighters', { qualifier: 'exact', value: 5 }, { reporterId: SNHR, reporterName: 'SNHR' })]));
    expect(e.code).toBe('conflict');
    expect(e.message).toMatch(/different reporters are never added together \(SOHR, SNHR\)/);
  });

  it('refuses different as-of dates, different outcomes and overlapping groups', () => {
    const civ = () => fig('civilians', { qualifier: 'exact', value: 745 });
    expect(refused(() => sumFigures([civ(), fig('fighters', { qualifier: 'exact', value: 1 }, { asOfDate: '2025-03-07' })])).message).toMatch(/same date.*2025-03-07, 2025-03-08/);
    expect(refused(() => sumFigures([civ(), fig('fighters', { qualifier: 'exact', value: 1 }, { outcome: 'injured' })])).message).toMatch(/different outcomes/);
    expect(refused(() => sumFigures([civ(), fig('total', { qualifier: 'exact', value: 1 })])).message).toMatch(/total already includes/);
    expect(refused(() => sumFigures([civ(), fig('children', { qualifier: 'exact', value: 1 })])).message).toMatch(/children are counted among civilians/);
    expect(refused(() => sumFigures([civ(), civ()])).message).toMatch(/Two figures count civilians/);
    expect(refused(() => sumFigures([civ()])).code).toBe('invalid_input');
  });
});

describe('countInWords', () => {
  it('says each qualifier in words, as the source counted', () => {
    expect(countInWords({ qualifier: 'over', min: 1001, max: null })).toBe('over 1,000');
    expect(countInWords({ qualifier: 'at_least', min: 745, max: null })).toBe('at least 745');
    expect(countInWords({ qualifier: 'exact', min: 745, max: 745 })).toBe('745');
    expect(countInWords({ qualifier: 'about', min: 260, max: 260 })).toBe('about 260');
    expect(countInWords({ qualifier: 'up_to', min: null, max: 50 })).toBe('up to 50');
    expect(countInWords({ qualifier: 'range', min: 100, max: 200 })).toBe('100\u2013200');
    expect(countInWords({ qualifier: 'vague', min: 200, max: null, wording: 'hundreds' })).toBe('hundreds');
    expect(countInWords({ qualifier: 'vague', min: 200, max: null })).toBe('200 or more (vague)');
  });
});
