// Child process for the safety tests: restores, backs up, or just holds a workspace open, until killed.
//   restore DIR A B   restores backup A, then B, then A ... into the open workspace (ws.restore)
//   restore-closed DIR A B   the same through the CLI's path (the workspace not open in this process)
//   backup DIR        makes backups in a loop
//   hold DIR KIND     opens the workspace and waits
//   hold-sqlite DIR   opens only the SQLite file (as another program would, unregistered) and waits
import { openDatabase } from '../../src/node/db/open';
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
if (mode === 'hold-sqlite') {
  const db = openDatabase(`${dataDir}/workspace.sqlite`, { mustExist: true });
  db.prepare('SELECT count(*) FROM sqlite_schema').get();
  process.stdout.write('ready\n');
  setInterval(() => {}, 60_000);
} else {
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
}
