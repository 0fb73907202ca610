import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface BrowserModeServer {
  /** The launch URL, with its ?token=… */
  url: string;
  /** http://127.0.0.1:PORT */
  origin: string;
  dataDir: string;
  stop(): Promise<void>;
}

const projectRoot = resolve(import.meta.dirname, '..', '..');
const URL_LINE = /Fieldnotes browser mode: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/;
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 5_000;

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      done(true);
    });
  });
}

export interface StartOptions {
  /**
   * A fixed workspace folder name under the OS temp folder (emptied first), for screenshots
   * whose status bar should read the same on every run. Default: a fresh mkdtemp folder.
   */
  fixedDataDirName?: string;
  /** Writes into the workspace folder before the server starts (a workspace in a given state). */
  prepare?: (dataDir: string) => void | Promise<void>;
}

/**
 * Starts browser mode (`src/node/host/main.ts --data DIR --port 0`) on a fresh temporary workspace
 * and resolves once it prints its URL. dist-web/ must be built first.
 */
export async function startServer(options: StartOptions = {}): Promise<BrowserModeServer> {
  let dataDir: string;
  if (options.fixedDataDirName) {
    dataDir = join(tmpdir(), options.fixedDataDirName);
    await rm(dataDir, { recursive: true, force: true });
    await mkdir(dataDir, { recursive: true });
  } else {
    dataDir = await mkdtemp(join(tmpdir(), 'fieldnotes-e2e-'));
  }
  await options.prepare?.(dataDir);
  const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/node/host/main.ts', '--data', dataDir, '--port', '0'], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });

  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGINT');
      if (!(await waitForExit(child, STOP_TIMEOUT_MS))) {
        child.kill('SIGKILL');
        await waitForExit(child, STOP_TIMEOUT_MS);
      }
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    const url = await new Promise<string>((resolveUrl, reject) => {
      let stdout = '';
      const timer = setTimeout(() => reject(new Error(`browser mode did not print its URL within ${START_TIMEOUT_MS} ms.\n${stderr}`)), START_TIMEOUT_MS);
      child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
        const match = URL_LINE.exec(stdout);
        if (match) {
          clearTimeout(timer);
          resolveUrl(match[1]);
        }
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`browser mode exited (${code ?? signal}) before printing its URL.\n${stderr}`));
      });
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
    return { url, origin: new URL(url).origin, dataDir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
