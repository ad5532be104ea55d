import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';

import { afterEach, describe, expect, it } from 'vitest';

import { runDeskCommand } from '../../../../src/cli/run-desk-command';
import { ImportParser } from '../../../../src/main/import/import-parser';
import { MAX_IMPORT_CHARACTERS } from '../../../../src/shared/import/import-limits';
import { useDesks } from '../../../support/desks';

const parsers: ImportParser[] = [];
afterEach(async () => {
  await Promise.all(parsers.splice(0).map((parser) => parser.close()));
});
function parser(options?: ConstructorParameters<typeof ImportParser>[0]): ImportParser {
  const made = new ImportParser(options);
  parsers.push(made);
  return made;
}

/** HTML that takes the parser seconds (many small paragraphs), though it is linear. */
const heavyHtml = (paragraphs: number) => `<h1>Heavy</h1>${'<p>x</p>'.repeat(paragraphs)}`;

describe('import parsing in a worker thread', { timeout: 30_000 }, () => {
  it('runs in a worker thread from the TypeScript sources, and the main event loop keeps ticking while it parses', async () => {
    const imports = parser();
    expect(imports.mode).toBe('thread');
    let longestGap = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 5);
    const parsed = await imports.parse({ text: heavyHtml(12_000), format: 'html', fileName: 'heavy.html' });
    // A block that ended just now shows only here: the interval had no chance to fire during it.
    longestGap = Math.max(longestGap, performance.now() - last);
    clearInterval(ticker);
    expect(parsed.format === 'html' && parsed.article.headline).toBe('Heavy');
    expect(longestGap).toBeLessThan(250);
  }, 30_000);

  it('stops a running parse when cancelled, at once, and parses the next file in a fresh thread', async () => {
    const imports = parser();
    const started = performance.now();
    const running = imports.parse({ text: heavyHtml(200_000), format: 'html', fileName: 'huge.html' });
    expect(imports.cancel()).toBe(true);
    await expect(running).rejects.toMatchObject({ code: 'cancelled', message: expect.stringMatching(/cancelled\. Nothing was imported/) });
    expect(performance.now() - started).toBeLessThan(2_000);
    const next = await imports.parse({ text: 'Headline\nBEIJING - Text.', format: 'briefing' });
    expect(next.format === 'briefing' && next.briefing.dateline).toBe('BEIJING');
  }, 30_000);

  it('stops a parse that runs past its time limit and says what to do', async () => {
    const imports = parser({ timeLimitMs: 300 });
    await expect(imports.parse({ text: heavyHtml(200_000), format: 'html', fileName: 'slow.html' })).rejects.toMatchObject({
      code: 'not-a-briefing',
      message: expect.stringMatching(/"slow\.html" took more than 0 seconds to read and was stopped; nothing was imported\. Split it/),
    });
  }, 30_000);

  it('falls back to parsing in-process, saying so, when the worker thread dies before its entry loads (a packaged archive it cannot read)', async () => {
    const imports = parser({ start: () => new Worker('throw new Error("cannot read the worker script")', { eval: true }) });
    expect(imports.mode).toBe('thread');
    const parsed = await imports.parse({ text: 'Headline\nBEIJING - Text.', format: 'briefing' });
    expect(parsed.format === 'briefing' && parsed.briefing.headline).toBe('Headline');
    expect(imports.mode).toBe('in-process');
  });

  it('parses in-process, honestly reporting so, where no worker script can start', async () => {
    const imports = parser({ start: null });
    expect(imports.mode).toBe('in-process');
    const parsed = await imports.parse({ text: '# Title\n\nText.', format: 'md' });
    expect(parsed.format === 'md' && parsed.article.headline).toBe('Title');
  });
});

describe('the import size cap', { timeout: 30_000 }, () => {
  const { open } = useDesks();
  const oversized = 'Headline\nBEIJING - ' + 'x'.repeat(MAX_IMPORT_CHARACTERS);

  it('is the same for the window (IPC) and the parser, and says to split the file', async () => {
    const desk = await open({ isTrustedSender: () => true });
    for (const channel of ['articles:import-briefing', 'articles:import-document'] as const) {
      const result = await desk.handlers[channel]({ text: oversized, fileName: 'big.md' }, { url: '' });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'invalid-request', message: expect.stringMatching(/over 2,000,000 characters.*Split it/) },
      });
    }
    await expect(parser().parse({ text: oversized, format: 'briefing', fileName: 'big.txt' })).rejects.toThrow(
      /"big\.txt" is over 2,000,000 characters/,
    );
  });

  it('is applied by desk import before anything is stored', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'newsdesk-cap-'));
    try {
      await writeFile(join(folder, 'big.txt'), oversized);
      const stderr: string[] = [];
      const code = await runDeskCommand(['import', join(folder, 'big.txt'), '--data-dir', join(folder, 'desk')], {
        stdout: () => undefined,
        stderr: (text) => stderr.push(text),
        env: {},
      });
      expect(code).toBe(1);
      expect(stderr.join('')).toMatch(/big\.txt" is over 2,000,000 characters.*Nothing was imported/s);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('refuses an empty Markdown or HTML file with a message, instead of an empty Untitled article', async () => {
    const desk = await open({ isTrustedSender: () => true });
    for (const fileName of ['empty.md', 'empty.html']) {
      const result = await desk.handlers['articles:import-document']({ text: ' \n\n ', fileName }, { url: '' });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'not-a-briefing', message: expect.stringContaining(`"${fileName}" is empty`) },
      });
    }
    expect(await desk.services.articles.list()).toEqual([]);
  });
});
