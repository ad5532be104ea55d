import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import type { NoteThread } from '../../../../src/shared/notes/note-thread';
import { useDesks } from '../../../support/desks';
import { doc, note, p } from '../../../support/document-builders';

const desks = useDesks();

const thread = (id: string, text: string, resolved = false): NoteThread => ({
  id,
  resolved,
  messages: [{ author: 'Ines Duarte', at: '2026-11-29T10:00:00.000Z', text }],
});

describe('notes stored with an article', () => {
  it('keeps the threads in the article file and counts the open ones in its index row', async () => {
    const dataDir = await desks.newFolder();
    const desk = await desks.open({ dataDir });
    const created = await desk.services.articles.create({
      headline: 'Port dues rise',
      body: doc(p(note('note-aaaaaa', 'Fees rise'), ' by 4%.')),
    });
    const notes = [thread('note-aaaaaa', 'Check the percentage with the port office.'), thread('note-bbbbbb', 'Old query', true)];
    await desk.services.articles.update(created.id, { notes });

    const onDisk = JSON.parse(await readFile(join(dataDir, 'articles', `${created.id}.json`), 'utf8'));
    expect(onDisk.notes).toEqual(notes);
    const [row] = await desk.services.articles.list();
    expect(row.openNotes).toBe(1);

    await desk.close();
    const reopened = await desks.open({ dataDir });
    const [again] = await reopened.services.articles.list();
    expect(again.openNotes).toBe(1);
    expect((await reopened.services.articles.get(created.id)).notes).toEqual(notes);
  });

  it('opens an article written before notes existed, with no notes and no count', async () => {
    const desk = await desks.open();
    const created = await desk.services.articles.create({ headline: 'Quiet day at the harbour' });
    expect(created.notes).toBeUndefined();
    const [row] = await desk.services.articles.list();
    expect(row.openNotes).toBeUndefined();
  });

  it('finds an article by the words of its notes', async () => {
    const desk = await desks.open();
    const created = await desk.services.articles.create({ headline: 'Council votes on budget', body: doc(p('The vote passed.')) });
    await desk.services.articles.create({ headline: 'Another story' });
    await desk.services.articles.update(created.id, { notes: [thread('note-cccccc', 'Second source for the tally?')] });
    const found = await desk.services.articles.list({ query: 'tally' });
    expect(found.map((row) => row.id)).toEqual([created.id]);
  });

  it('refuses notes with an empty message or a repeated id, saying why', async () => {
    const desk = await desks.open({ isTrustedSender: (url) => url === 'app://desk' });
    const created = await desk.services.articles.create({ headline: 'Ferry timetable' });
    const empty = await desk.handlers['articles:update'](
      { id: created.id, fields: { notes: [thread('note-dddddd', '  ')] } },
      { url: 'app://desk' },
    );
    expect(empty).toMatchObject({ ok: false, error: { message: expect.stringContaining('A note message cannot be empty') } });
    await expect(
      desk.services.articles.update(created.id, { notes: [thread('note-eeeeee', 'a'), thread('note-eeeeee', 'b')] }),
    ).rejects.toThrow(/Two notes share one id/);
  });
});
