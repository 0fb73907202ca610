import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExportDataset } from '../../src/node/export/dataset';
import { exportFormats } from '../../src/node/export/formats';
import type { ExportProfile } from '../../src/shared/schemas/export';
import { textOfOutput } from '../helpers/export-output';
import { usePdfPrinter } from '../helpers/pdf-printer';
import { buildLeakCase, LEAK, WITHHELD_BY } from '../helpers/leak-case';
import { tempWorkspace } from '../helpers/workspace';

let t: ReturnType<typeof tempWorkspace>;
let closePrinter: () => Promise<void>;
let caseId: string;
beforeAll(async () => {
  t = tempWorkspace();
  closePrinter = await usePdfPrinter();
  ({ caseId } = await buildLeakCase(t.registry));
});
afterAll(async () => {
  await closePrinter();
  t.remove();
});

const render = async (formatId: string, profile: ExportProfile) => {
  const format = exportFormats.find((f) => f.id === formatId)!;
  return textOfOutput(format, await format.render(buildExportDataset(t.ws.ctx, { kind: 'case', caseId }, profile)));
};

describe('export formats', () => {
  it('lists every module of src/node/export/formats in the registry (so each is checked below)', () => {
    const modules = readdirSync(join(__dirname, '../../src/node/export/formats')).filter((f) => f.endsWith('.ts') && !['index.ts', 'types.ts'].includes(f) && !f.includes('-'));
    expect(exportFormats.map((f) => `${f.id}.ts`).sort()).toEqual(modules.sort());
  });
});

describe.each(exportFormats.map((f) => f.id))('the %s export', (formatId) => {
  it('holds every detail under the internal profile', async () => {
    const text = await render(formatId, 'internal');
    for (const secret of Object.values(LEAK)) expect(text, secret).toContain(secret);
  });

  it.each(['team', 'public'] as const)('holds none of what the %s profile withholds', async (profile) => {
    const text = await render(formatId, profile);
    for (const secret of WITHHELD_BY[profile]) expect(text, secret).not.toContain(secret);
    // and it is not empty: what the profile allows is there
    expect(text).toContain(LEAK.accountPublished);
    expect(text).toContain(LEAK.publicMemo);
  });
});
