import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { runDeskCommand } from '../../../../src/cli/run-desk-command';
import { decodeImportBytes } from '../../../../src/shared/import/decode-text';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

async function deskImport(name: string, bytes: Uint8Array): Promise<{ code: number; stdout: string; stderr: string }> {
  const folder = await mkdtemp(join(tmpdir(), 'newsdesk-decode-'));
  folders.push(folder);
  await writeFile(join(folder, name), bytes);
  let stdout = '';
  let stderr = '';
  const code = await runDeskCommand(['import', join(folder, name), '--data-dir', join(folder, 'desk')], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: {},
  });
  return { code, stdout, stderr };
}

const BRIEFING = 'Council approves “harbor” budget\nPORTVALE - The council said on Tuesday it would spend €4 million.\n';

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = Buffer.from(text, 'utf16le');
  if (endian === 'be') bytes.swap16();
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), bytes]);
}

// Each desk import starts an import worker from the TypeScript sources: seconds on a busy machine.
describe('reading imported files', { timeout: 30_000 }, () => {
  it('reads UTF-16 files that start with a byte order mark, both byte orders, instead of refusing them as binary', async () => {
    for (const endian of ['le', 'be'] as const) {
      const { code, stdout, stderr } = await deskImport(`notepad-${endian}.txt`, utf16(BRIEFING, endian));
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toContain('Imported “Council approves “harbor” budget” (PORTVALE');
    }
  });

  it('imports a file with invalid UTF-8 and says which lines held it', async () => {
    const lines = [
      'Council approves budget',
      'PORTVALE - The council met on Tuesday to approve the budget for the harbor.',
      'A clean line of the story, long enough to read like one.',
      'The mayor of Portvale, Ren\xe9 Abadie, said the plan was fair to everyone in the town.',
    ];
    const bytes = Buffer.concat(lines.map((line) => Buffer.concat([Buffer.from(line, 'latin1'), Buffer.from('\n')])));
    const { code, stdout } = await deskImport('latin1.txt', bytes);
    expect(code).toBe(0);
    expect(stdout).toMatch(/note: "[^"]*latin1\.txt" is not valid UTF-8 on line 4: the bytes that could not be read were replaced/);
  });

  it('names at most five lines and counts the rest', () => {
    const bytes = Buffer.from(Array.from({ length: 8 }, () => 'bad \xff').join('\n'), 'latin1');
    expect(decodeImportBytes(bytes, 'many.txt').warnings[0]).toMatch(/on lines 1, 2, 3, 4, 5 and 3 more/);
    expect(decodeImportBytes(Buffer.from('\ufeffplain', 'utf8')).text).toBe('plain');
  });
});
