// Reading imported files in parse workers (src/node/parsing) against reading them on the calling
// thread, in the same process: the cost per file of the worker, and of starting one.
import { formatForFile } from '../src/node/interop';
import { ParsePool } from '../src/node/parsing/parse-pool';

const FILES = Number(process.env.BENCH_IMPORT_FILES ?? 500);

const page = (i: number) =>
  new TextEncoder().encode(
    `<!doctype html><html><head><title>Report ${i}</title></head><body><nav>Home</nav><article>` +
      `<p>Report ${i}: monitors said at least 745 civilians were killed in the coastal region.</p>`.repeat(20) +
      '</article></body></html>',
  );

async function time(label: string, run: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(`  ${label.padEnd(48)} ${ms.toFixed(1).padStart(9)} ms`);
  return ms;
}

export async function benchImportFiles(): Promise<void> {
  console.log(`Reading ${FILES} HTML files (${(page(0).byteLength / 1024).toFixed(1)} KB each)\n`);
  const files = Array.from({ length: FILES }, (_, i) => page(i));
  const html = formatForFile('report.html');
  await html.extract(files[0], 'report.html'); // modules loaded, as in a warm worker
  const inThread = await time(`on this thread x${FILES}`, async () => {
    for (const bytes of files) await html.extract(bytes, 'report.html');
  });
  const pool = new ParsePool();
  const cold = await time('start a worker and read one file', () => pool.parse('report.html', files[0]));
  const sequential = await time(`in a worker, one after another x${FILES}`, async () => {
    for (const bytes of files) await pool.parse('report.html', bytes);
  });
  const batch = await time(`in two workers, all queued at once x${FILES}`, () => Promise.all(files.map((bytes) => pool.parse('report.html', bytes))));
  await pool.close();
  console.log(`  => per file: ${(inThread / FILES).toFixed(2)} ms on this thread, ${(sequential / FILES).toFixed(2)} ms in a worker (+${((sequential - inThread) / FILES).toFixed(2)} ms), ${(batch / FILES).toFixed(2)} ms queued on two`);
  console.log(`  => starting a worker: ${cold.toFixed(0)} ms, then reused (stopped after 30 s idle)\n`);
}
