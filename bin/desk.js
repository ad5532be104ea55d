#!/usr/bin/env node
// The `desk` command. Runs the built CLI; says what to do when it has not been built.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../out/cli/desk.js', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('desk: the command line is not built yet. Run "npm run build" in the Newsdesk folder, then try again.\n');
  process.exit(1);
}
await import(built);
