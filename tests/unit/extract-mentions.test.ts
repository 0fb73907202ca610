import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { suggest, type ActorNames, type MentionSuggestion } from '../../src/shared/domain/extract';

const FIXTURES = join(__dirname, '..', 'fixtures', 'extract');
const { actors, cases } = JSON.parse(readFileSync(join(FIXTURES, 'mentions.json'), 'utf8')) as {
  actors: ActorNames[];
  cases: { rule: string; text: string; mentions: { text: string; actorId: string }[] }[];
};
const mentionsIn = (text: string, list = actors) => suggest(text, { actors: list }).filter((s): s is MentionSuggestion => s.kind === 'mention');

describe('actor mentions', () => {
  for (const c of cases) {
    it(c.rule, () => {
      const found = mentionsIn(c.text);
      expect(found.map((m) => ({ text: m.text, actorId: m.actorId }))).toEqual(c.mentions);
      const cps = [...c.text];
      for (const m of found) expect(cps.slice(m.start, m.end).join('')).toBe(m.text);
    });
  }

  it('no actors, no mentions', () => {
    expect(mentionsIn('Ahmad al-Sharaa spoke.', [])).toEqual([]);
    expect(suggest('Ahmad al-Sharaa spoke.').filter((s) => s.kind === 'mention')).toEqual([]);
  });

  it('prefers the longest name at a position', () => {
    const list = [
      { id: 'a', names: ['Ahmad'] },
      { id: 'b', names: ['Ahmad al-Sharaa'] },
    ];
    expect(mentionsIn('Ahmad al-Sharaa and Ahmad.', list).map((m) => [m.text, m.actorId])).toEqual([
      ['Ahmad al-Sharaa', 'b'],
      ['Ahmad', 'a'],
    ]);
  });
});
