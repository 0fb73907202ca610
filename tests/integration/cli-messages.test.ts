import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeFileProblem } from '../../src/node/cli/files';
import { runCli } from '../helpers/cli-run';
import { FIXTURES, tempDir } from '../helpers/workspace';

let d: ReturnType<typeof tempDir>;
beforeEach(() => {
  d = tempDir();
});
afterEach(() => d.remove());

const run = runCli;

/** One sentence on stderr, nothing on stdout, and no internal message (error codes, "unexpected", SQLite's words). */
function expectSentence(r: { code: number; out: string[]; err: string[] }, pattern: RegExp) {
  expect(r.code).not.toBe(0);
  expect(r.out).toEqual([]);
  expect(r.err).toHaveLength(1);
  expect(r.err[0]).toMatch(/^fieldnotes: [A-Z\/]/);
  expect(r.err[0]).not.toMatch(/unexpected error|ENOENT|EISDIR|ENOTDIR|EACCES|SqliteError|unable to open database file/);
  expect(r.err[0]).toMatch(pattern);
}

describe('command-line failures a user can cause get a sentence', () => {
  it('codes export --out into a missing folder, onto a folder, under a file', async () => {
    const missing = join(d.dir, 'no-such-folder', 'book.qdc');
    expectSentence(await run('--data', d.dir, 'codes', 'export', '--format', 'qdc', '--out', missing), new RegExp(`Cannot write ${missing}: the folder ${join(d.dir, 'no-such-folder')} does not exist\\.$`));
    mkdirSync(join(d.dir, 'a-folder'));
    expectSentence(await run('--data', d.dir, 'codes', 'export', '--format', 'json', '--out', join(d.dir, 'a-folder')), /it is a folder; give a file name\.$/);
    writeFileSync(join(d.dir, 'a-file'), 'x');
    expectSentence(await run('--data', d.dir, 'codes', 'export', '--format', 'json', '--out', join(d.dir, 'a-file', 'book.json')), /part of that path is a file, not a folder\.$/);
  });

  it('codes import of a missing file or a folder', async () => {
    expectSentence(await run('--data', d.dir, 'codes', 'import', join(d.dir, 'nope.qdc')), /nope\.qdc: no such file\.$/);
    expectSentence(await run('--data', d.dir, 'codes', 'import', d.dir), /is not a file; codes import needs a codebook file\.$/);
  });

  it('a --data that is a file, or under a file', async () => {
    const file = join(d.dir, 'not-a-folder');
    writeFileSync(file, 'x');
    expectSentence(await run('--data', file, 'list'), /not-a-folder is a file, not a folder; the workspace needs a folder \(see --data\)\.$/);
    expectSentence(await run('--data', join(file, 'ws'), 'list'), /Cannot write .*ws: part of that path is a file, not a folder\.$/);
  });

  it('restore of a missing backup or a file that is not a database', async () => {
    expectSentence(await run('--data', d.dir, 'restore', join(d.dir, 'gone.sqlite')), /No backup at .*gone\.sqlite\.$/);
    expectSentence(await run('--data', d.dir, 'restore', join(FIXTURES, 'labels.json')), /is not a sound database/);
  });

  it('unreadable, unwritable and full: the sentences for what root cannot reproduce here (simulated EACCES, EROFS, ENOSPC)', () => {
    const error = (code: string) => Object.assign(new Error(`${code}: something, open '/x/book.qdc'`), { code });
    expect(describeFileProblem(error('EACCES'), '/x/book.qdc', 'read')).toBe('Cannot read /x/book.qdc: this user is not allowed to.');
    expect(describeFileProblem(error('EACCES'), '/x/book.qdc', 'write')).toBe('Cannot write /x/book.qdc: this user is not allowed to.');
    expect(describeFileProblem(error('EROFS'), '/x/book.qdc', 'write')).toBe('Cannot write /x/book.qdc: it is on a read-only disk or folder.');
    expect(describeFileProblem(error('ENOSPC'), '/x/book.qdc', 'write')).toBe('Cannot write /x/book.qdc: the disk is full.');
    expect(describeFileProblem(new Error('something else'), '/x/book.qdc', 'write')).toBeNull();
  });
});
