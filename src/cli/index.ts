/** Entry point of the `desk` command (built to out/cli/desk.js; bin/desk.js runs it). */
import { runDeskCommand } from './run-desk-command';

const exitCode = await runDeskCommand(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
});
process.exitCode = exitCode;
