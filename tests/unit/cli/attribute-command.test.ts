import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { runDeskCommand } from '../../../src/cli/run-desk-command';
import { samplePath } from '../../support/samples';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

async function briefing(text: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'desk-attribute-'));
  folders.push(folder);
  const file = join(folder, 'briefing.txt');
  await writeFile(file, text);
  return file;
}

async function desk(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runDeskCommand(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env: {} });
  return { code, stdout, stderr };
}

const STORY =
  'Port reopens\nTARROW - "The port is open again," chief pilot Jonas Vik said on Monday.\n"Ships can dock from noon," Vik added.\n';

describe('desk attribute', () => {
  it('prints the speakers and who said each quote, with the reason and confidence, as JSON', async () => {
    const { code, stdout } = await desk('attribute', await briefing(STORY), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      speakers: [{ name: 'Jonas Vik', aliases: ['Vik'], role: 'chief pilot', organization: '' }],
      quotes: [
        {
          text: 'The port is open again',
          speaker: 'Jonas Vik',
          reason: "cue 'said' after the quote, speaker named in the same sentence",
          confidence: 0.97,
        },
        {
          text: 'Ships can dock from noon',
          speaker: 'Jonas Vik',
          reason: "cue 'added' after the quote, 'Vik' refers to Jonas Vik, named earlier",
          confidence: 0.93,
        },
      ],
    });
  });

  it('prints a readable summary without --json', async () => {
    const { code, stdout } = await desk('attribute', await briefing(STORY));
    expect(code).toBe(0);
    expect(stdout).toContain('Jonas Vik (chief pilot)');
    expect(stdout).toContain('Jonas Vik: “Ships can dock from noon”');
  });

  it('says why a file is not a briefing and exits 1', async () => {
    const { code, stderr } = await desk('attribute', await briefing('\n\n'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/is not a briefing: it is empty/);
  });

  it('attributes the shared samples the way gold.json does', async () => {
    const { code, stdout } = await desk('attribute', samplePath('minister-rejects-budget-leak-claims.txt'), '--json');
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as { quotes: { speaker: string | null }[] };
    expect(printed.quotes.map((quote) => quote.speaker)).toEqual([
      'Helena Strauss',
      'Helena Strauss',
      'Helena Strauss',
      'Tomas Berg',
      'Tomas Berg',
      null,
    ]);
  });

  it('asks for a file when none is given', async () => {
    const { code, stderr } = await desk('attribute');
    expect(code).toBe(2);
    expect(stderr).toContain('desk attribute needs a FILE.');
  });
});
