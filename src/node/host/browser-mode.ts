import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { AppError } from '../../shared/api/errors';
import { createRegistry } from '../api/registry';
import { startMaintenance } from '../safety/maintenance';
import { openWorkspace, type Workspace } from '../workspace';
import { createWebServer } from './http';

export interface BrowserModeOptions {
  dataDir: string;
  port: number;
  staticDir?: string;
}

export interface RunningBrowserMode {
  url: string;
  server: Server;
  workspace: Workspace;
  stop(): Promise<void>;
}

/** Serves the built renderer and the API on 127.0.0.1 with a per-launch secret token. */
export async function startBrowserMode(options: BrowserModeOptions): Promise<RunningBrowserMode> {
  const staticDir = options.staticDir ?? join(process.cwd(), 'dist-web');
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new AppError('not_found', `The user interface is not built (${staticDir}/index.html is missing). Run "npm run web", which builds it first.`);
  }
  const workspace = openWorkspace({ dataDir: options.dataDir, backupOnStart: true });
  const stopMaintenance = startMaintenance(workspace, (m) => console.error(m));
  const token = randomBytes(32).toString('base64url');
  const server = createWebServer({ registry: createRegistry(workspace), staticDir, token });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, '127.0.0.1', () => resolve());
    });
  } catch (error) {
    stopMaintenance();
    workspace.close();
    const code = (error as NodeJS.ErrnoException).code;
    throw new AppError('conflict', code === 'EADDRINUSE' ? `Port ${options.port} is already in use; choose another with --port.` : `Cannot listen: ${(error as Error).message}`);
  }
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    server,
    workspace,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        stopMaintenance();
        server.close(() => {
          workspace.close();
          resolve();
        });
      }),
  };
}
