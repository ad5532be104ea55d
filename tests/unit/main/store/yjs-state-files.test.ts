import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { YjsStateFiles } from '../../../../src/main/store/yjs-state-files';
import { useTempFolders } from '../../../support/temp-folders';

const newFolder = useTempFolders();

function textUpdates(...parts: string[]): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (const part of parts) doc.getText('t').insert(doc.getText('t').length, part);
  return { doc, updates };
}

const replay = (updates: Uint8Array[]) => {
  const doc = new Y.Doc();
  updates.forEach((update) => Y.applyUpdate(doc, update));
  return doc.getText('t').toString();
};

describe('YjsStateFiles', () => {
  it('gives back every appended update, and the same state after a compaction', async () => {
    const files = new YjsStateFiles(await newFolder());
    const { doc, updates } = textUpdates('a', 'b', 'c');
    await Promise.all(updates.map((update) => files.append('article-1', update)));
    expect(replay(await files.load('article-1'))).toBe('abc');
    await files.compact('article-1', Y.encodeStateAsUpdate(doc));
    expect(await files.load('article-1')).toHaveLength(1);
    expect(replay(await files.load('article-1'))).toBe('abc');
    expect(await files.ids()).toEqual(['article-1']);
  });

  it('drops a torn last record (a crash mid-append) and keeps the whole ones', async () => {
    const dataDir = await newFolder();
    const files = new YjsStateFiles(dataDir);
    const { updates } = textUpdates('kept', ' torn');
    await files.append('article-2', updates[0]);
    await appendFile(join(dataDir, 'yjs', 'article-2.log'), Buffer.from([0, 0, 0, 99, 1, 2]));
    expect(replay(await files.load('article-2'))).toBe('kept');
  });

  it('has nothing for an article it never saw', async () => {
    expect(await new YjsStateFiles(await newFolder()).load('article-3')).toEqual([]);
  });
});
