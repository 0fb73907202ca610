// Browser mode entry: `npm run web -- [--data DIR] [--port N]`.
import { main } from '../cli/main';

const exitCode = await main(['web', ...process.argv.slice(2)]);
process.exit(exitCode);
