/**
 * The paged list a long desk's window reads, and the search index built in the
 * background as the desk opens.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { type Desk, openDesk } from '../../../../src/main/open-desk';
import { storyHeadline, writeManyArticles } from '../../../support/many-articles';
import { useTempFolders } from '../../../support/temp-folders';

const newFolder = useTempFolders();
const opened: Desk[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((desk) => desk.close()));
});

async function deskOf(count: number): Promise<Desk> {
  const dataDir = await newFolder();
  await writeManyArticles(dataDir, count);
  const desk = await openDesk({ dataDir, isTrustedSender: () => true });
  opened.push(desk);
  return desk;
}

describe('article pages', () => {
  it('a page carries every id of the view in order and the summaries of the stretch asked for', async () => {
    const { pages } = (await deskOf(300)).services;
    const page = await pages.page({ offset: 100, limit: 20 });
    expect(page.ids).toHaveLength(300);
    expect(page.ids[0]).toBe('story-000299');
    expect(page.offset).toBe(100);
    expect(page.rows.map((row) => row.headline)).toEqual(Array.from({ length: 20 }, (_, n) => storyHeadline(199 - n)));
    expect(pages.rows(['story-000007', 'gone', 'story-000003']).map((row) => row.id)).toEqual(['story-000007', 'story-000003']);
  });

  it('a search asked while the index builds in the background finds every match, a story saved meanwhile by its new words', async () => {
    const desk = await deskOf(400);
    const { pages, articles } = desk.services;
    await pages.page({ limit: 10 }); // the window's first page starts the build
    const saving = articles.update('story-000005', { headline: 'Harbor pilots strike at dawn' });
    const [found, renamed] = await Promise.all([articles.list({ query: 'wire' }), articles.list({ query: 'pilots' }), saving]);
    expect(found).toHaveLength(399);
    expect(renamed.map((row) => row.id)).toEqual(['story-000005']);
    expect(await articles.list({ query: 'number 5' })).not.toContainEqual(expect.objectContaining({ id: 'story-000005' }));
  });
});
