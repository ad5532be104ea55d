import { describe, expect, it } from 'vitest';

import { speakerSpansIn } from '../../../../src/renderer/speakers/doc-speaker-spans';
import { SPEAKER_CUE_COUNT, SPEAKER_HUE_COUNT, SpeakerPalette } from '../../../../src/renderer/speakers/speaker-hue';
import { doc, mention, p, quote, toDoc } from '../../../support/document-builders';

describe('speaker colours within an article', () => {
  it('give the speakers of one story different colours, in the order they first appear', () => {
    // Ids whose old colours (FNV-1a of the id, mod 10) were all the same slot.
    const story = toDoc(
      doc(
        p(mention('speaker-13', 'Ana Ruiz'), ' said ', quote('speaker-13', 'we will rebuild')),
        p(mention('speaker-22', 'Tom Berg'), ' and ', mention('speaker-28', 'Lee Chan'), ' disagreed.'),
        p(quote('speaker-22', 'not this year'), ', Berg said.'),
      ),
    );
    const order = [...new Set(speakerSpansIn(story).map((span) => span.speakerId))];
    expect(order).toEqual(['speaker-13', 'speaker-22', 'speaker-28']);
    const palette = new SpeakerPalette(order);
    expect(order.map((id) => palette.classOf(id))).toEqual([
      'speaker-hue-0 speaker-cue-0',
      'speaker-hue-1 speaker-cue-1',
      'speaker-hue-2 speaker-cue-2',
    ]);
  });

  it('never gives two of the first twelve speakers one colour, and neighbours differ in line style too', () => {
    const ids = Array.from({ length: SPEAKER_HUE_COUNT }, (_, index) => `person-${index}`);
    const palette = new SpeakerPalette(ids);
    expect(new Set(ids.map((id) => palette.hueOf(id))).size).toBe(SPEAKER_HUE_COUNT);
    for (let index = 1; index < ids.length; index += 1) {
      const cue = (id: string) => palette.classOf(id).split(' ')[1];
      expect(cue(ids[index])).not.toBe(cue(ids[index - 1]));
    }
    expect(SPEAKER_CUE_COUNT).toBeGreaterThan(1);
  });

  it('gives a speaker not in the story yet the next free colour, and keeps it', () => {
    const palette = new SpeakerPalette(['a', 'b']);
    expect(palette.hueOf('newcomer')).toBe(2);
    expect(palette.hueOf('b')).toBe(1);
    expect(palette.hueOf('newcomer')).toBe(2);
  });
});
