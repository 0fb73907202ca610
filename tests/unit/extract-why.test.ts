import { describe, expect, it } from 'vitest';
import { suggest, type FigureSuggestion } from '../../src/shared/domain/extract';

const figures = (text: string) => suggest(text).filter((s): s is FigureSuggestion => s.kind === 'figure');

describe('each figure suggestion says why it was made', () => {
  it('names the rule that read the number as people and where its status came from', () => {
    expect(figures('The death toll from two days of clashes in the town rose to 31 on Thursday.')[0]).toMatchObject({
      value: 31,
      status: 'killed',
      why: 'toll + "to" before the number; killed from a word earlier in the sentence',
    });
    expect(figures('Killed: 41')[0]).toMatchObject({ text: 'Killed: 41', why: 'list or table row: label "Killed" then the number; killed from a word in the figure' });
    expect(figures('At least 12 civilians were killed.')[0].why).toBe('number + "civilians"; killed from a word later in the clause');
    expect(figures('قُتل ما لا يقل عن ٤٥ مدنياً.')[0].why).toBe('number + "مدنياً"; killed from a word right before the figure');
  });

  it('every figure in a mixed English and Arabic text carries an explanation', () => {
    const text = 'Partners verified the deaths of 63 civilians, including 19 children.\n| Women killed | 6 |\nوأصيب ٢٥ آخرون بجروح.';
    const all = figures(text);
    expect(all.length).toBe(4);
    for (const f of all) expect(f.why).toMatch(/^.+; (killed|injured) from a word .+$/);
  });
});
