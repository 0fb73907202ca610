// Child process for the safety tests: restores, backs up, or just holds a workspace open, until killed.
//   restore DIR A B   restores backup A, then B, then A ... into the open workspace (ws.restore)
//   restore-closed DIR A B   the same through the CLI's path (the workspace not open in this process)
//   backup DIR        makes backups in a loop
//   hold DIR KIND     opens the workspace and waits
import { createBackup, rotateBackups } from '../../src/node/safety/backups';
import { openWorkspace, restoreClosedWorkspace } from '../../src/node/workspace';
import type { AppKind } from '../../src/node/workspace/lock';

const [mode, dataDir, a, b] = process.argv.slice(2);
if (mode === 'restore-closed') {
  process.stdout.write('ready\n');
  for (let i = 0; ; i++) {
    restoreClosedWorkspace(dataDir, i % 2 ? b : a);
    process.stdout.write(`restored ${i}\n`);
  }
}
const ws = openWorkspace({ dataDir, kind: mode === 'hold' ? ((a ?? 'browser') as AppKind) : 'cli' });
process.stdout.write('ready\n');
if (mode === 'hold') setInterval(() => {}, 60_000);
else {
  for (let i = 0; ; i++) {
    if (mode === 'restore') ws.restore(i % 2 ? b : a);
    else {
      createBackup(ws.db, dataDir, 'start', new Date(Date.now() + i));
      rotateBackups(dataDir);
    }
    process.stdout.write(`${mode} ${i}\n`);
  }
}
