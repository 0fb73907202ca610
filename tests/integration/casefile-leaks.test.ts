import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportProfile } from '../../src/shared/schemas/export';
import { textOfCaseFile } from '../helpers/casefile-bags';
import { buildLeakCase, LEAK, WITHHELD_BY } from '../helpers/leak-case';
import { ok, tempWorkspace } from '../helpers/workspace';

let t: ReturnType<typeof tempWorkspace>;
let caseId: string;
beforeAll(async () => {
  t = tempWorkspace();
  ({ caseId } = await buildLeakCase(t.registry));
}, 120_000);
afterAll(() => t.remove());

/** Every byte of the case file as text: each entry of the bag and of every zip inside it. */
const caseFileText = async (profile: ExportProfile) =>
  textOfCaseFile(Buffer.from((await ok(t.registry, 'casefile.render', { scope: { kind: 'case', caseId }, profile })).dataBase64, 'base64'));

describe('the case file', () => {
  it('holds every detail under the internal profile', async () => {
    const text = await caseFileText('internal');
    for (const secret of Object.values(LEAK)) expect(text, secret).toContain(secret);
  });

  it.each(['team', 'public'] as const)('holds none of what the %s profile withholds', async (profile) => {
    const text = await caseFileText(profile);
    for (const secret of WITHHELD_BY[profile]) expect(text, secret).not.toContain(secret);
    expect(text).toContain(LEAK.accountPublished);
    expect(text).toContain(LEAK.publicMemo);
  });

  it('leaves out the originals of redacted articles under public, as the exports do', async () => {
    const internal = await caseFileText('internal');
    const pub = await caseFileText('public');
    expect(internal).toMatch(/data\/originals\/[0-9a-f]{64}\.txt/);
    expect(pub).not.toMatch(/data\/originals\//);
  });
});
