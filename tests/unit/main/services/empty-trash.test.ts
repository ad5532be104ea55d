import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { paragraphsToBody } from '../../../../src/shared/body-text';
import { useDesks } from '../../../support/desks';

const { open } = useDesks();

describe('emptying the trash', () => {
  it('deletes the trashed stories for good, files and revisions, and leaves the rest', async () => {
    const desk = await open();
    const { articles, revisions } = desk.services;
    const kept = await articles.create({ headline: 'Kept', body: paragraphsToBody(['Still here.']) });
    const gone = await articles.create({ headline: 'Gone', body: paragraphsToBody(['Was here.']) });
    await revisions.saveVersion(gone.id, 'first');
    await articles.remove(gone.id);
    expect(existsSync(join(desk.dataDir, 'revisions', gone.id))).toBe(true);

    expect(await articles.emptyTrash()).toBe(1);
    expect(existsSync(join(desk.dataDir, 'articles', `${gone.id}.json`))).toBe(false);
    expect(existsSync(join(desk.dataDir, 'revisions', gone.id))).toBe(false);
    expect(desk.store.summary(gone.id)).toBeUndefined();
    expect(desk.store.summary(kept.id)?.headline).toBe('Kept');
  });

  it('stays emptied after the desk is closed and opened again', async () => {
    const first = await open();
    const gone = await first.services.articles.create({ headline: 'Gone for good' });
    await first.services.articles.remove(gone.id);
    await first.services.articles.emptyTrash();
    const dataDir = first.dataDir;
    await first.close();
    const second = await open({ dataDir });
    expect(second.store.summaries().map((summary) => summary.headline)).not.toContain('Gone for good');
  });
});
