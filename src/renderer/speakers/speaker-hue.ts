/**
 * A speaker's colour: one of SPEAKER_HUE_COUNT tints, chosen by a stable hash
 * of the speaker id, so a speaker has the same colour in the body, the panel
 * and the picker, in every article and every session. Colours are CSS classes
 * (`speaker-hue-<n>`, see speaker-hue.styles.ts): the CSP allows no style attributes.
 */
export const SPEAKER_HUE_COUNT = 10;

/** FNV-1a over the id's UTF-16 code units, folded into the palette. */
export function speakerHue(speakerId: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < speakerId.length; index += 1) {
    hash ^= speakerId.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % SPEAKER_HUE_COUNT;
}

/** The class that carries the speaker's colour. */
export function speakerHueClass(speakerId: string): string {
  return `speaker-hue-${speakerHue(speakerId)}`;
}
