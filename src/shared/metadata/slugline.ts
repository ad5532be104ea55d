/**
 * Sluglines: suggested from the headline, compared without regard to case.
 * The suggestion is the headline's first three significant words, upper-cased
 * and joined by hyphens ("Harbour board votes to extend dredging" →
 * "HARBOUR-BOARD-VOTES"), within the slugline's length limit.
 */
import { MAX_SLUGLINE_LENGTH } from './article-metadata';

const MINOR_WORDS = new Set(
  'a an the and or but of in on at to for from by with as is are was were be been its it this that these those after before over into says said'.split(
    ' ',
  ),
);

export function suggestSlugline(headline: string): string {
  const words = headline
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘]/g, '')
    .toUpperCase()
    .match(/[A-Z0-9]+/g);
  if (!words) return '';
  const significant = words.filter((word) => !MINOR_WORDS.has(word.toLowerCase()));
  const chosen = (significant.length > 0 ? significant : words).slice(0, 3);
  let slugline = '';
  for (const word of chosen) {
    const next = slugline ? `${slugline}-${word}` : word;
    if (next.length > MAX_SLUGLINE_LENGTH) break;
    slugline = next;
  }
  return slugline || chosen[0].slice(0, MAX_SLUGLINE_LENGTH);
}

/** The form two sluglines are compared in: "harbour-strike" and "HARBOUR-STRIKE" are one slugline. */
export function sluglineKey(slugline: string): string {
  return slugline.trim().toLowerCase();
}
