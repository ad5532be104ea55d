/**
 * Speaker colours within one article: the speakers are numbered by where they
 * first appear, and the n-th speaker gets hue n of SPEAKER_HUE_COUNT and line
 * style n of SPEAKER_CUE_COUNT (solid, dashed, dotted, double), so the first
 * twelve speakers of a story never share a colour and neighbours also differ
 * by more than colour (for editors who do not tell every hue apart). The
 * body, the panel and the picker draw from the same palette, so a speaker
 * looks the same in all three. Colours are CSS classes (`speaker-hue-<n>`,
 * `speaker-cue-<n>`, see speaker-hue.styles.ts): the CSP allows no style attributes.
 */
export const SPEAKER_HUE_COUNT = 12;
export const SPEAKER_CUE_COUNT = 4;

export class SpeakerPalette {
  private readonly slots = new Map<string, number>();

  /** `idsInOrder`: the article's speakers in order of first appearance (repeats are ignored). */
  constructor(idsInOrder: Iterable<string> = []) {
    for (const id of idsInOrder) this.slotOf(id);
  }

  /** The speaker's number in this article; a speaker not in it yet takes the next free number. */
  slotOf(speakerId: string): number {
    let slot = this.slots.get(speakerId);
    if (slot === undefined) {
      slot = this.slots.size;
      this.slots.set(speakerId, slot);
    }
    return slot;
  }

  hueOf(speakerId: string): number {
    return this.slotOf(speakerId) % SPEAKER_HUE_COUNT;
  }

  /** The classes that carry the speaker's colour and line style. */
  classOf(speakerId: string): string {
    const slot = this.slotOf(speakerId);
    return `speaker-hue-${slot % SPEAKER_HUE_COUNT} speaker-cue-${slot % SPEAKER_CUE_COUNT}`;
  }
}
