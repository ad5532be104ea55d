import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { type Desk, openDesk } from '../../../../src/main/open-desk';
import { normalizeHeadline } from '../../../../src/shared/related-link';
import { useTempFolders } from '../../../support/temp-folders';

const newFolder = useTempFolders();
const opened: Desk[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((desk) => desk.close()));
});

async function seededDesk(): Promise<Desk> {
  const desk = await openDesk({ dataDir: await newFolder(), seedDir: resolve('data') });
  opened.push(desk);
  return desk;
}

const fixture = (name: string) => readFileSync(resolve('tests/fixtures/briefings', name), 'utf8');

async function byHeadline(desk: Desk, headline: string) {
  const row = (await desk.services.articles.list()).find((summary) => summary.headline === headline);
  if (!row) throw new Error(`no article “${headline}”`);
  return desk.services.articles.get(row.id);
}

describe('normalizeHeadline', () => {
  it('folds case, punctuation, quote style and spacing', () => {
    expect(normalizeHeadline('  China opposes ‘hacking’   allegations. ')).toBe(normalizeHeadline('china opposes "hacking" allegations'));
    expect(normalizeHeadline('Zürich—talks')).toBe('zurich talks');
  });
});

describe('related links', () => {
  it('keep a briefing’s related headlines as unresolved links when no stored article matches', async () => {
    const desk = await seededDesk();
    const china = await byHeadline(desk, 'China refutes cyberattack allegations');
    expect(china.related).toEqual([
      { headline: 'China opposes hacking allegations', articleId: null, url: null, relation: 'see-also' },
      { headline: 'Chinese experts slam US hacking accusations', articleId: null, url: null, relation: 'see-also' },
      { headline: 'China threatened by overseas hackers', articleId: null, url: null, relation: 'see-also' },
    ]);
  });

  it('resolve on import in both directions: the new story links to stored ones, and links naming it resolve', async () => {
    const desk = await seededDesk();
    const { article: opposes } = await desk.services.briefings.importBriefing({ text: fixture('china-opposes-hacking-allegations.txt') });
    const refutes = await byHeadline(desk, 'China refutes cyberattack allegations');
    expect(opposes.related[0]).toMatchObject({ headline: 'China refutes cyberattack allegations', articleId: refutes.id });
    expect(opposes.related[1]).toMatchObject({ articleId: null });
    expect(refutes.related[0]).toMatchObject({ headline: 'China opposes hacking allegations', articleId: opposes.id });
    expect(desk.services.related.linkedFrom(refutes.id)).toEqual([{ id: opposes.id, headline: 'China opposes hacking allegations' }]);
    expect(desk.services.related.linkedFrom(opposes.id)).toEqual([{ id: refutes.id, headline: 'China refutes cyberattack allegations' }]);
  });

  it('turn links to a trashed article into unresolved links with its last headline, and relink on restore', async () => {
    const desk = await seededDesk();
    const { article: container } = await desk.services.briefings.importBriefing({
      text: fixture('portvale-container-traffic-hits-record.txt'),
    });
    const harbor = await byHeadline(desk, 'Harbor authority defends dredging plan');
    expect(harbor.related[0].articleId).toBe(container.id);

    await desk.services.articles.update(container.id, { headline: 'Portvale container traffic hits a record' });
    await desk.services.articles.remove(container.id);
    const unlinked = await desk.services.articles.get(harbor.id);
    expect(unlinked.related[0]).toEqual({
      headline: 'Portvale container traffic hits a record',
      articleId: null,
      url: null,
      relation: 'see-also',
    });
    expect(desk.services.related.linkedFrom(harbor.id)).toEqual([]);

    await desk.services.articles.restore(container.id);
    expect((await desk.services.articles.get(harbor.id)).related[0].articleId).toBe(container.id);
  });

  it('resolve an unresolved link when a draft with that headline is created', async () => {
    const desk = await seededDesk();
    const draft = await desk.services.articles.create({ headline: 'Lenna river bursts banks after record rain' });
    const flood = await byHeadline(desk, 'Flood warnings lifted along river valley');
    expect(flood.related[0]).toMatchObject({ articleId: draft.id });
  });

  it('store external links, reject a link that is both external and stored, and keep order', async () => {
    const desk = await seededDesk();
    const flood = await byHeadline(desk, 'Flood warnings lifted along river valley');
    const related = [
      { headline: 'Weather service outlook', articleId: null, url: 'https://weather.example/outlook', relation: 'background' as const },
      ...flood.related,
    ];
    const saved = await desk.services.articles.update(flood.id, { related });
    expect(saved.related.map((link) => link.headline)).toEqual(['Weather service outlook', ...flood.related.map((link) => link.headline)]);
    const refused = await desk.handlers['articles:update'](
      { id: flood.id, fields: { related: [{ headline: 'x', url: 'https://a.example/', articleId: flood.id }] } },
      { url: '' },
    );
    expect(refused.ok).toBe(false);
    const badUrl = await openDesk({ dataDir: await newFolder(), isTrustedSender: () => true });
    opened.push(badUrl);
    const created = await badUrl.services.articles.create({});
    const javascriptUrl = await badUrl.handlers['articles:update'](
      { id: created.id, fields: { related: [{ headline: 'x', url: 'javascript:alert(1)' }] } },
      { url: '' },
    );
    expect(javascriptUrl).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('find stored headlines by prefix and with a typo, leaving out the article itself and the trash', async () => {
    const desk = await seededDesk();
    const harbor = await byHeadline(desk, 'Harbor authority defends dredging plan');
    expect((await desk.services.related.searchHeadlines('dredg')).map((match) => match.headline)).toEqual([
      'Harbor authority defends dredging plan',
    ]);
    expect((await desk.services.related.searchHeadlines('minster budget')).map((match) => match.headline)).toEqual([
      'Minister rejects budget leak claims',
    ]);
    expect(await desk.services.related.searchHeadlines('dredging', harbor.id)).toEqual([]);
    await desk.services.articles.remove(harbor.id);
    expect(await desk.services.related.searchHeadlines('harbor')).toEqual([]);
  });
});
