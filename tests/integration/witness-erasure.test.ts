import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBackups, verifyDatabaseFile } from '../../src/node/safety/backups';
import { historyOf } from '../../src/node/services/history';
import { ok, tempWorkspace } from '../helpers/workspace';

let t: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  t = tempWorkspace();
});
afterEach(() => t.remove());

const call = <T = any>(method: string, input: unknown) => ok<T>(t.registry, method, input);

/** Identifying strings found nowhere else: a run's own random tag, Latin and Arabic. */
function uniqueIdentity() {
  const tag = randomBytes(4).toString('hex');
  return {
    first: { name: `Oktavia Zephyrine ${tag}`, contact: `+963 987 ${tag} / oktavia.${tag}@example.org`, exactPlace: `Orchard house ${tag}, Wadi Qandil` },
    second: { name: `زينب القاسمي ${tag}`, exactPlace: `بيت البستان ${tag} قرب الجسر` },
  };
}

/** Every string as it could be stored: UTF-8, UTF-16 little- and big-endian. */
function encodings(strings: string[]): Buffer[] {
  return strings.flatMap((s) => {
    const le = Buffer.from(s, 'utf16le');
    const be = Buffer.from(le).swap16();
    return [Buffer.from(s, 'utf8'), le, be];
  });
}

/** Every file in the workspace folder (database, -wal, -shm, backups/ and anything else), read whole. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The files that hold any byte sequence of the strings, with which string. */
function holders(dir: string, strings: string[]): string[] {
  const needles = encodings(strings);
  const found: string[] = [];
  for (const path of filesUnder(dir)) {
    const bytes = readFileSync(path);
    needles.forEach((needle, i) => bytes.includes(needle) && found.push(`${path.slice(dir.length + 1)}: ${strings[Math.floor(i / 3)]}`));
  }
  return found;
}

/**
 * A witness whose details were recorded, changed (old row versions) and backed up: a manual backup,
 * a restore (which keeps the replaced database aside and backs up first), and a second witness
 * whose details must stay.
 */
async function witnessEverywhere() {
  const { first, second } = uniqueIdentity();
  const witness = await call('witnesses.create', { description: 'woman in her thirties', identity: first });
  await call('accounts.create', { witnessId: witness.id, language: 'en', relation: 'survivor', narrative: 'They came at dawn.' });
  await call('witnesses.identity.set', { id: witness.id, ...second });
  const keeper = await call('witnesses.create', { identity: { name: 'Keeper Of Records' } });
  const backup = await call('backups.create', {});
  await call('backups.restore', { file: backup.file });
  return { witness, keeper, strings: [first.name, first.contact, first.exactPlace, second.name, second.exactPlace] };
}

describe('erasing a witness identity leaves no byte on disk', () => {
  it('erases it from the workspace files (database, -wal, -shm): the strings are in 0 bytes outside backups/', async () => {
    const { witness, strings } = await witnessEverywhere();
    expect(holders(t.dir, strings).length).toBeGreaterThan(0); // the scan finds them while they are stored
    await call('witnesses.identity.erase', { id: witness.id });
    expect(holders(t.dir, strings).filter((h) => !h.startsWith('backups'))).toEqual([]);
    expect(holders(join(t.dir, 'backups'), strings).length).toBeGreaterThan(0); // backups made before still hold them
    expect(await call('witnesses.identity.backups', { id: witness.id })).toEqual({ backups: 3 }); // the manual backup, the pre-restore backup, the database kept aside
  });

  it('with fromBackups, rewrites every backup and kept-aside database without it: 0 bytes in the whole folder', async () => {
    const { witness, keeper, strings } = await witnessEverywhere();
    const before = listBackups(t.dir).map((b) => b.file);
    const erased = await call('witnesses.identity.erase', { id: witness.id, fromBackups: true });
    expect(erased).toMatchObject({ code: 'W-0001', hasIdentity: false, backupsRewritten: 3, backupsFailed: [] });
    expect(holders(t.dir, strings)).toEqual([]);
    expect(await call('witnesses.identity.backups', { id: witness.id })).toEqual({ backups: 0 });
    expect(listBackups(t.dir).map((b) => b.file)).toEqual(before); // same backups, same names
    for (const file of filesUnder(join(t.dir, 'backups'))) expect(verifyDatabaseFile(file), file).toEqual([]);
    expect(filesUnder(join(t.dir, 'backups')).filter((f) => /\.(erasing|erased)/.test(f))).toEqual([]);
    expect(await call('witnesses.identity.get', { id: keeper.id })).toMatchObject({ name: 'Keeper Of Records' });
    expect(await call('witnesses.identity.backups', { id: keeper.id })).toEqual({ backups: 3 }); // another witness's details stay in the backups
    expect((await call('accounts.list', { witnessId: witness.id })).accounts).toHaveLength(1);
    const history = historyOf(t.ws.ctx, 'witness', witness.id);
    expect(history.slice(-2).map((h) => h.action)).toEqual(['identity erased', 'identity erased from 3 backups']);
    expect(history.slice(-2).map((h) => [h.before, h.after])).toEqual([[null, null], [null, null]]);
  });

  it('names a database under backups/ that cannot be read (it may hold them) and keeps it as it was; removes an unfinished backup', async () => {
    const { witness, strings } = await witnessEverywhere();
    const damaged = join(t.dir, 'backups', 'workspace.damaged-20250101T000000000Z.sqlite');
    writeFileSync(damaged, Buffer.concat([Buffer.from('not a database '), Buffer.from(strings[0])]));
    const manual = listBackups(t.dir).find((b) => b.reason === 'manual')!;
    copyFileSync(manual.path, `${manual.path}.partial`);
    const erased = await call('witnesses.identity.erase', { id: witness.id, fromBackups: true });
    expect(erased).toMatchObject({ backupsRewritten: 4, backupsFailed: ['workspace.damaged-20250101T000000000Z.sqlite'] });
    expect(existsSync(`${manual.path}.partial`)).toBe(false);
    expect(holders(t.dir, strings)).toEqual([`backups/workspace.damaged-20250101T000000000Z.sqlite: ${strings[0]}`]);
    expect(historyOf(t.ws.ctx, 'witness', witness.id).at(-1)?.action).toBe('identity erased from 4 backups; 1 could not be rewritten');
  });

  it('leaves no old row version behind: details recorded, changed twice, then erased, with other writes between', async () => {
    const { first, second } = uniqueIdentity();
    const witness = await call('witnesses.create', { identity: first });
    for (let i = 0; i < 30; i++) await call('witnesses.create', { description: `other witness ${i}`, identity: { name: `filler ${i}`.repeat(20) } });
    await call('witnesses.identity.set', { id: witness.id, ...second });
    t.ws.db.pragma('wal_checkpoint(PASSIVE)'); // the old versions reach the database file, as an automatic checkpoint would
    await call('witnesses.identity.set', { id: witness.id, contact: 'x' });
    await call('witnesses.identity.erase', { id: witness.id });
    expect(holders(t.dir, [first.name, first.contact, first.exactPlace, second.name, second.exactPlace])).toEqual([]);
  });

  it('removes the identity of a witness purged from the trash from the workspace files', async () => {
    const { witness, strings } = await witnessEverywhere();
    await call('witnesses.delete', { id: witness.id });
    await call('trash.empty', {});
    expect(holders(t.dir, strings).filter((h) => !h.startsWith('backups'))).toEqual([]);
  });

  it('turns on secure_delete for the workspace connection', () => {
    expect(t.ws.db.pragma('secure_delete', { simple: true })).toBe(1);
  });
});
