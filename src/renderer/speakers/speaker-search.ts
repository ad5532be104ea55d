/**
 * Fuzzy speaker search for the picker: a query matches a speaker when every
 * word of it starts a word of the name, an alias, the role or the organization
 * (accents, case and quote style folded), or — weaker — when its letters appear
 * in order in the name. Better matches come first; ties keep the given order.
 */
import { normalizeName, type Speaker } from '../../shared/speaker';

function words(text: string): string[] {
  return normalizeName(text)
    .split(/[\s.,'’()-]+/)
    .filter(Boolean);
}

function isSubsequence(needle: string, haystack: string): boolean {
  let index = 0;
  for (const character of haystack) if (character === needle[index]) index += 1;
  return index === needle.length;
}

/** A score for how well `query` matches; 0 for no match. */
function speakerMatchScore(speaker: Speaker, query: string): number {
  const wanted = normalizeName(query);
  if (wanted === '') return 1;
  const name = normalizeName(speaker.name);
  if (name === wanted) return 100;
  if (name.startsWith(wanted)) return 80;
  const queryWords = words(query);
  const startsWordOf = (text: string) => {
    const targets = words(text);
    return queryWords.every((word) => targets.some((target) => target.startsWith(word)));
  };
  if (startsWordOf(speaker.name)) return 60;
  if (speaker.aliases.some((alias) => normalizeName(alias) === wanted)) return 55;
  if (speaker.aliases.some(startsWordOf)) return 40;
  if (startsWordOf(`${speaker.name} ${speaker.aliases.join(' ')} ${speaker.role} ${speaker.organization}`)) return 20;
  if (isSubsequence(wanted.replace(/\s+/g, ''), name.replace(/\s+/g, ''))) return 5;
  return 0;
}

/** The speakers matching `query`, best first; `preferred` ids (the article's own speakers) win ties. */
export function searchSpeakers(speakers: readonly Speaker[], query: string, preferred: readonly string[] = []): Speaker[] {
  return speakers
    .map((speaker, order) => ({ speaker, order, score: speakerMatchScore(speaker, query) + (preferred.includes(speaker.id) ? 0.5 : 0) }))
    .filter((entry) => entry.score >= 1)
    .sort((left, right) => right.score - left.score || left.order - right.order)
    .map((entry) => entry.speaker);
}
