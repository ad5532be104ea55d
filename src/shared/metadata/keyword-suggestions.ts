/**
 * Keyword suggestions from a story's text: the names and terms it repeats.
 * Runs of capitalised words that are not at a sentence start on their own
 * ("Kalder Harbour Board", "Lindqvist") and frequent longer words are counted;
 * those used most (at least twice, names first) are offered, minus what the
 * story already has.
 */
const STOP_WORDS = new Set(
  (
    'about above after again against also among another because been before being below between both could does doing during each ' +
    'either every first from further have having here however into itself just last later least less like made make many more most much ' +
    'must near never next none only other others over said says same should since some still such than that their them then there these ' +
    'they this those through told under until very were what when where which while will with within without would year years your ' +
    'the and for but not you she her his him its our out who how all any can had has was are one two new per may'
  ).split(' '),
);

const CAPITALISED_RUN = /\b(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)*)/gu;
const WORD = /\p{L}[\p{L}'’-]{4,}/gu;

export function suggestKeywords(text: string, existing: readonly string[] = [], limit = 8): string[] {
  const have = new Set(existing.map((keyword) => keyword.toLowerCase()));
  const names = new Map<string, number>();
  const words = new Map<string, number>();
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    for (const match of sentence.matchAll(CAPITALISED_RUN)) {
      // "The Kalder Harbour Board" and "the Kalder Harbour Board" are one name.
      const name = match[1].replace(/^(?:The|A|An)\s+/, '').trim();
      const single = !/\s/.test(name);
      // A lone capitalised word opening a sentence is usually just the first word.
      if (single && (match.index === 0 || STOP_WORDS.has(name.toLowerCase()))) continue;
      if (!name) continue;
      names.set(name, (names.get(name) ?? 0) + 1);
    }
    for (const match of sentence.matchAll(WORD)) {
      const word = match[0].toLowerCase();
      if (!STOP_WORDS.has(word)) words.set(word, (words.get(word) ?? 0) + 1);
    }
  }
  const ranked = [
    ...[...names].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length),
    ...[...words].filter(([word]) => ![...names.keys()].some((name) => name.toLowerCase().includes(word))).sort((a, b) => b[1] - a[1]),
  ];
  const out: string[] = [];
  for (const [term, count] of ranked) {
    if (count < 2 || have.has(term.toLowerCase()) || out.some((kept) => kept.toLowerCase() === term.toLowerCase())) continue;
    out.push(term);
    if (out.length >= limit) break;
  }
  return out;
}
