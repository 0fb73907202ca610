// Child process for the crash test: imports articles and edits records in a loop until killed.
import { createRegistry } from '../../src/node/api/registry';
import { openWorkspace } from '../../src/node/workspace';

const [dataDir, startArg, countArg] = process.argv.slice(2);
const start = Number(startArg);
const count = Number(countArg);
const ws = openWorkspace({ dataDir });
const registry = createRegistry(ws);
const must = async (method: string, input: unknown) => {
  const r = await registry.call(method, input);
  if (!r.ok) throw new Error(`${method} (article ${current}): ${r.error.message}`);
  return r.value as any;
};

process.stdout.write('ready\n');
let current = start;
for (let i = start; i < start + count; i++) {
  current = i;
  const text = `Crash-test article ${i}.\n\n${'At least 745 civilians were reported killed in the coastal region. '.repeat(20 + (i % 30))}\n\nEnd of report ${i}.`;
  const { article } = await must('articles.importText', { text, title: `Crash ${i}` });
  await must('articles.update', { id: article.id, patch: { publisher: `Monitor ${i % 7}`, notes: `edited ${i}` } });
  const h = await must('highlights.create', { articleId: article.id, start: 0, end: 10, memo: `memo ${i}` });
  await must('highlights.setMemo', { id: h.id, memo: `memo ${i} revised` });
  if (i % 5 === 0) await must('articles.correctText', { id: article.id, text: text.replace('coastal', 'Mediterranean coastal'), reason: 'crash test' });
  if (i % 11 === 0) await must('undo.undo', {});
  process.stdout.write(`${i}\n`);
}
ws.close();
process.stdout.write('done\n');
