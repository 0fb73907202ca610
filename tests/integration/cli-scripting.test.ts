import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/node/cli/main';
import { APP_VERSION } from '../../src/shared/version';
import { tempDir } from '../helpers/workspace';

let d: ReturnType<typeof tempDir>;
beforeEach(() => {
  d = tempDir();
});
afterEach(() => d.remove());

/** Runs the CLI's main() in this process, with an optional standard input. */
async function run(argv: string[], stdin?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), readStdin: async () => stdin ?? '' });
  return { code, out, err };
}

describe('the command line for scripts', () => {
  it('--version prints the app version', async () => {
    expect(await run(['--version'])).toEqual({ code: 0, out: [APP_VERSION], err: [] });
  });

  it('COMMAND --help prints that command’s own usage, not the whole list', async () => {
    const r = await run(['search', '--help']);
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toMatch(/^Usage: fieldnotes \[--data DIR\] search QUERY/);
    expect(r.out.join('\n')).not.toMatch(/reindex/);
    expect((await run(['export', '--help'])).out.join('\n')).toMatch(/^Usage: fieldnotes export --format/);
    expect((await run(['call', '--help'])).out.join('\n')).toMatch(/call METHOD/);
  });

  it('call METHOD runs any API method with JSON from the argument or from stdin', async () => {
    const created = await run(['--data', d.dir, 'call', 'cases.create', '{"title":"Coast"}']);
    expect(created.code).toBe(0);
    const theCase = JSON.parse(created.out.join('\n'));
    expect(theCase.title).toBe('Coast');
    const listed = await run(['--data', d.dir, 'call', 'cases.list', '-'], '{}');
    expect(JSON.parse(listed.out.join('\n')).cases.map((c: { id: string }) => c.id)).toContain(theCase.id);
  });

  it('with --json, an error goes to stderr as one JSON object {code, message}; exit 2 for bad input, 1 otherwise', async () => {
    const bad = await run(['--data', d.dir, '--json', 'call', 'cases.create', '{"title":']);
    expect(bad.code).toBe(2);
    expect(bad.out).toEqual([]);
    expect(bad.err).toHaveLength(1);
    expect(JSON.parse(bad.err[0])).toEqual({ code: 'invalid_input', message: expect.stringMatching(/not valid JSON/) });
    const missing = await run(['--data', d.dir, '--json', 'show', '00000000-0000-4000-8000-000000000000']);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.err[0])).toMatchObject({ code: 'not_found' });
    const unknown = await run(['--data', d.dir, '--json', 'call', 'no.such.method', '{}']);
    expect(JSON.parse(unknown.err[0])).toMatchObject({ code: 'unknown_method' });
    expect(unknown.code).toBe(2);
  });

  it('without --json, an error stays one line of text', async () => {
    const r = await run(['--data', d.dir, 'call', 'articles.get', '{"id":"nope"}']);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/^fieldnotes: Invalid input for articles.get/);
  });
});
