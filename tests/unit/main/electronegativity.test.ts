/**
 * Electronegativity (Doyensec's static checker for Electron apps) over src/:
 * no high and no medium finding. It exits 0 whatever it finds, so the test
 * reads its CSV report.
 *
 * One check is left out: AvailableSecurityFixesGlobalCheck asks GitHub which
 * Electron releases fix known issues — a question about the Electron version
 * (kept current by dependency updates), not about this code, and one this
 * machine cannot ask. Findings reviewed and found false are annotated in the
 * source with `eng-disable CHECK_ID` and the reason beside it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { REPOSITORY_ROOT } from '../../support/built-output';

const CLI = join(REPOSITORY_ROOT, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
const ELECTRON_VERSION = (
  JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }
).version;
const RUN_TIMEOUT_MS = 120_000;

interface Finding {
  check: string;
  severity: string;
  file: string;
  location: string;
}

let reports: string;

/** Runs Electronegativity over `input` and returns its findings. */
function scan(input: string, name: string): Finding[] {
  const csv = join(reports, `${name}.csv`);
  const run = spawnSync(
    process.execPath,
    [
      CLI,
      '--input',
      input,
      '--output',
      csv,
      '--relative',
      '--verbose',
      'false',
      '--electron-version',
      ELECTRON_VERSION,
      '--exclude-checks',
      'AvailableSecurityFixesGlobalCheck',
    ],
    { encoding: 'utf8', timeout: RUN_TIMEOUT_MS },
  );
  if (run.error || run.status !== 0) throw new Error(`Electronegativity did not run: ${run.error?.message ?? run.stderr}`);
  return readFileSync(csv, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [check, severity, , file, location] = line.split(',').map((cell) => cell.replace(/^"|"$/g, ''));
      return { check, severity, file, location };
    });
}

beforeAll(async () => {
  reports = await mkdtemp(join(tmpdir(), 'newsdesk-electronegativity-'));
});

afterAll(async () => {
  await rm(reports, { recursive: true, force: true });
});

describe('Electronegativity', () => {
  it(
    'finds no high or medium issue in the project',
    () => {
      const findings = scan(join(REPOSITORY_ROOT, 'src'), 'project');
      expect(findings.filter((finding) => finding.severity === 'HIGH' || finding.severity === 'MEDIUM')).toEqual([]);
    },
    RUN_TIMEOUT_MS,
  );

  it(
    'reports a window without sandbox or context isolation as high, so the scan above can fail',
    async () => {
      const planted = join(reports, 'planted');
      await mkdir(planted, { recursive: true });
      await writeFile(
        join(planted, 'window.js'),
        "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false, nodeIntegration: true } });\n",
      );
      const findings = scan(planted, 'planted');
      expect(findings.filter((finding) => finding.severity === 'HIGH').map((finding) => finding.check)).toContain(
        'CONTEXT_ISOLATION_JS_CHECK',
      );
    },
    RUN_TIMEOUT_MS,
  );
});
