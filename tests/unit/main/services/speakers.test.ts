import { describe, expect, it } from 'vitest';

import { openDesk } from '../../../../src/main/open-desk';
import type { NodeJson } from '../../../../src/shared/article';
import { countSpeakerSpans } from '../../../../src/shared/speaker-spans';
import { useDesks } from '../../../support/desks';

const { newFolder, open: openOn } = useDesks();
const open = (dataDir?: string) => openOn({ dataDir });

/** A paragraph where `name` is a mention and `quote` a direct quotation of `speakerId`. */
function taggedBody(speakerId: string, name: string, quote: string): NodeJson {
  return {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: `“${quote},” said ` },
          { type: 'text', text: name, marks: [{ type: 'speakerMention', attrs: { speakerId } }] },
          { type: 'text', text: '.' },
        ],
      },
      {
        type: 'paragraph',
        content: [{ type: 'text', text: quote, marks: [{ type: 'speakerAttribution', attrs: { speakerId, kind: 'direct' } }] }],
      },
    ],
  };
}

describe('the speaker registry', () => {
  it('creates speakers shared across articles and lists each article’s speakers from its marks', async () => {
    const desk = await open();
    const hong = await desk.services.speakers.create({
      name: 'Hong Lei',
      aliases: ['Hong', 'hong', 'Hong Lei'],
      role: 'spokesman',
      organization: 'Foreign Ministry',
    });
    expect(hong.aliases).toEqual(['Hong']);
    const first = await desk.services.articles.create({ body: taggedBody(hong.id, 'Hong Lei', 'We oppose it') });
    const second = await desk.services.articles.create({ body: taggedBody(hong.id, 'Hong', 'Talks continue') });
    expect(first.speakers).toEqual([hong.id]);
    expect(second.speakers).toEqual([hong.id]);
    expect(countSpeakerSpans(first.body).get(hong.id)).toEqual({ mentions: 1, direct: 1, paraphrases: 0 });
  });

  it('refuses a second speaker with the same name and organization, and says which to pick', async () => {
    const desk = await open();
    await desk.services.speakers.create({ name: 'Helena Strauss', organization: 'Finance Ministry' });
    await expect(desk.services.speakers.create({ name: ' helena  strauss', organization: 'finance ministry' })).rejects.toMatchObject({
      code: 'invalid-request',
      message: expect.stringMatching(/Helena Strauss \(Finance Ministry\) is already in the registry/),
    });
    await expect(desk.services.speakers.create({ name: 'Helena Strauss', organization: 'City Council' })).resolves.toBeTruthy();
  });

  it('renames a speaker and keeps the rename after reopening the desk', async () => {
    const dataDir = await newFolder();
    const desk = await openDesk({ dataDir });
    const speaker = await desk.services.speakers.create({ name: 'Tomas Berg' });
    await desk.services.speakers.update(speaker.id, { name: 'Tomas Berg-Lund', aliases: ['Berg'] });
    await desk.close();
    const reopened = await open(dataDir);
    expect(reopened.services.speakers.list()).toMatchObject([{ id: speaker.id, name: 'Tomas Berg-Lund', aliases: ['Berg'] }]);
  });

  it('merges two speakers: every span in every article, trash included, follows the survivor', async () => {
    const desk = await open();
    const { speakers, articles } = desk.services;
    const full = await speakers.create({ name: 'Geng Yansheng', role: 'spokesman' });
    const described = await speakers.create({ name: "China's military spokesman", organization: 'Ministry of National Defense' });
    const one = await articles.create({ body: taggedBody(described.id, "China's military spokesman", 'It is groundless') });
    const two = await articles.create({ body: taggedBody(described.id, 'the spokesman', 'It happens') });
    await articles.remove(two.id);

    const result = await speakers.merge(described.id, full.id);
    expect(result.articlesChanged).toBe(2);
    expect(result.speaker).toMatchObject({
      name: 'Geng Yansheng',
      aliases: ["China's military spokesman"],
      organization: 'Ministry of National Defense',
    });
    expect(speakers.list().map((speaker) => speaker.id)).toEqual([full.id]);
    for (const id of [one.id, two.id]) {
      const article = await articles.get(id);
      expect(article.speakers).toEqual([full.id]);
      expect(JSON.stringify(article.body)).not.toContain(described.id);
    }
    expect((await articles.list({ trash: true }))[0].speakers).toEqual([full.id]);
  });

  it('mends a body saved after a merge that still carries the merged-away id', async () => {
    const desk = await open();
    const { speakers, articles } = desk.services;
    const keep = await speakers.create({ name: 'Marta Lindqvist' });
    const gone = await speakers.create({ name: 'Lindqvist' });
    const article = await articles.create({});
    await speakers.merge(gone.id, keep.id);
    // An editor that was open during the merge saves its stale body.
    const saved = await articles.update(article.id, { body: taggedBody(gone.id, 'Lindqvist', 'Safe') });
    expect(saved.speakers).toEqual([keep.id]);
  });

  it('refuses to merge a speaker into itself or into one that does not exist', async () => {
    const desk = await open();
    const speaker = await desk.services.speakers.create({ name: 'Ivo Marek' });
    await expect(desk.services.speakers.merge(speaker.id, speaker.id)).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(desk.services.speakers.merge(speaker.id, 'missing-speaker')).rejects.toMatchObject({ code: 'not-found' });
  });
});
