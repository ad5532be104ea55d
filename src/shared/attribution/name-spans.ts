/**
 * Capitalised-name spans: the words of a paragraph, the runs of capitalised
 * words that may name someone ("Finance Minister Helena Strauss", "Marie de la
 * Roche", "Sean O'Brien", "John F. Kennedy"), and the test that tells a
 * person's name from an organization or a place.
 */
import { isKnownFirstName } from './first-names';
import { NAME_PARTICLES, NAME_TITLES, NOT_NAME_WORDS, ORGANIZATION_WORDS, PLACE_WORDS, PORTFOLIO_WORDS, ROLE_WORDS } from './lexicon';
import { COMPANY_WORDS, DEMONYMS, FUNCTION_WORDS, OUTLET_WORDS, SURNAME_LIKE_WORDS, TEAM_WORDS } from './non-person-lexicon';

export interface Word {
  text: string;
  start: number;
  end: number;
}

export interface NameRun {
  words: Word[];
  start: number;
  end: number;
  /** The run ends in 's or s' ("Mandiant's report"): it owns something, it does not act. */
  possessive: boolean;
}

/** A name run read as a name: titles and capitalised roles split off the front. */
export interface NameReading {
  /** "Helena Strauss" — without titles, without a possessive ending. */
  name: string;
  nameStart: number;
  nameEnd: number;
  /** Capitalised words before the name that title it ("Finance Minister", "Dr."). */
  title: string;
  kind: 'person' | 'single' | 'organization';
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;

export function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
}

/** Strips a possessive ending: "Mandiant's" → "Mandiant", "Farmers'" → "Farmers". */
export function bare(word: string): string {
  return word.replace(/['’]s$/u, '').replace(/(?<=s)['’]$/u, '');
}

const isPossessive = (word: string): boolean => /['’]s$|s['’]$/u.test(word);

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) || /^(?:d|l|O|D)['’]\p{Lu}/u.test(word) || /^(?:al|el)-\p{Lu}/u.test(word);
}

/** A word that can be part of a personal name (not "The", "Monday", "US"). */
export function isNameWord(word: string): boolean {
  const plain = bare(word);
  if (!isCapitalised(plain)) return false;
  if (NOT_NAME_WORDS.has(plain.toLowerCase()) || FUNCTION_WORDS.has(plain.toLowerCase())) return false;
  // Acronyms (US, IP, BBC) are not names; a single capital is an initial.
  return !/^\p{Lu}{2,}$/u.test(plain);
}

const isTitleWord = (word: string): boolean =>
  NAME_TITLES.has(word) || ROLE_WORDS.has(word.toLowerCase()) || DEMONYMS.has(word.toLowerCase());

/** Runs of name words, joined by single spaces, particles ("de la") and initials ("F."). */
export function nameRuns(text: string): NameRun[] {
  const all = words(text);
  const runs: NameRun[] = [];
  let index = 0;
  while (index < all.length) {
    if (!isNameWord(all[index].text) && !(NAME_TITLES.has(all[index].text) && text[all[index].end] === '.')) {
      index++;
      continue;
    }
    const run: Word[] = [all[index]];
    let next = index + 1;
    while (next < all.length && !isPossessive(run[run.length - 1].text)) {
      const gap = text.slice(run[run.length - 1].end, all[next].start);
      if (!/^\.?\s$/u.test(gap) || (gap.startsWith('.') && !/^(?:\p{Lu}|[A-Z][a-z]{1,3})$/u.test(run[run.length - 1].text))) break;
      if (isNameWord(all[next].text)) {
        run.push(all[next]);
        next++;
        continue;
      }
      // Particles join only when a name word follows them.
      let ahead = next;
      while (ahead < all.length && NAME_PARTICLES.has(all[ahead].text) && /^\s$/u.test(text.slice(all[ahead - 1].end, all[ahead].start)))
        ahead++;
      if (
        ahead > next &&
        ahead < all.length &&
        isNameWord(all[ahead].text) &&
        /^\s$/u.test(text.slice(all[ahead - 1].end, all[ahead].start))
      ) {
        run.push(...all.slice(next, ahead + 1));
        next = ahead + 1;
        continue;
      }
      break;
    }
    const last = run[run.length - 1];
    runs.push({ words: run, start: run[0].start, end: last.end, possessive: isPossessive(last.text) });
    index = next;
  }
  return runs;
}

/** True when a word heads an organization or place name, or names a portfolio. */
export function isInstitutionWord(word: string): boolean {
  const lower = bare(word).toLowerCase();
  return (
    ORGANIZATION_WORDS.has(lower) ||
    PORTFOLIO_WORDS.has(lower) ||
    PLACE_WORDS.has(lower) ||
    OUTLET_WORDS.has(lower) ||
    TEAM_WORDS.has(lower) ||
    COMPANY_WORDS.has(lower)
  );
}

/** Reads a run: splits capitalised titles off the front and says whether the rest names a person. */
export function readNameRun(run: NameRun): NameReading {
  // The name starts after the last title or institution word: "Finance Minister Helena Strauss",
  // "Secretary of State Antony Blinken" (the run is "State Antony Blinken").
  let firstName = 0;
  let afterInstitution = false;
  run.words.forEach((word, index) => {
    if (index < run.words.length - 1 && (isTitleWord(word.text) || isInstitutionWord(word.text))) {
      firstName = index + 1;
      afterInstitution = !isTitleWord(word.text);
    }
  });
  // "Shopkeeper Morven Gillies", "Trustee Owen Pritchard": a word before a known first name and a surname titles it.
  if (
    firstName === 0 &&
    run.words.length >= 3 &&
    !isKnownFirstName(run.words[0].text) &&
    isKnownFirstName(run.words[1].text) &&
    !NAME_PARTICLES.has(run.words[0].text)
  ) {
    firstName = 1;
  }
  const nameWords = run.words.slice(firstName);
  const titleWords = run.words.slice(0, firstName);
  const reading = {
    name: bare(rejoin(run, nameWords)),
    nameStart: nameWords[0].start,
    nameEnd: run.possessive ? nameWords[nameWords.length - 1].start + bare(nameWords[nameWords.length - 1].text).length : run.end,
    title: titleWords.map((word) => word.text).join(' '),
  };
  const capitalised = nameWords.filter((word) => isCapitalised(word.text)).length;
  // "Portvale Harbor Authority", or one word after an institution ("Bank Negara"): an organization.
  if ((nameWords.some((word) => isInstitutionWord(word.text)) && !isFirstAndSurname(nameWords)) || (afterInstitution && capitalised < 2))
    return { ...reading, kind: 'organization', name: bare(run.words.map((word) => word.text).join(' ')), nameStart: run.start };
  return { ...reading, kind: capitalised >= 2 ? 'person' : 'single' };
}

/** "Gareth Mills", "Arthur Hall": a known first name and a surname that is also an institution word. */
function isFirstAndSurname(nameWords: Word[]): boolean {
  return nameWords.length === 2 && isKnownFirstName(nameWords[0].text) && SURNAME_LIKE_WORDS.has(bare(nameWords[1].text).toLowerCase());
}

/** The run's words with the original spacing and initials' periods ("John F. Kennedy"). */
function rejoin(run: NameRun, nameWords: Word[]): string {
  return nameWords
    .map((word, index) => {
      const next = nameWords[index + 1];
      const initial = /^\p{Lu}$/u.test(word.text) && next !== undefined && run.words.includes(next);
      return initial ? `${word.text}.` : word.text;
    })
    .join(' ');
}

/** The short forms a full name is referred back by: its first and last words, and a particle surname. */
export function shortForms(name: string): string[] {
  const parts = name.split(' ').filter((part) => !/^\p{Lu}\.$/u.test(part));
  if (parts.length < 2) return [];
  const forms = new Set<string>([parts[parts.length - 1], parts[0]]);
  const particleAt = parts.findIndex((part, index) => index > 0 && NAME_PARTICLES.has(part));
  if (particleAt > 0) {
    forms.add(parts.slice(particleAt).join(' '));
    // "de la Roche" is written "De la Roche" at the start of a sentence.
    forms.add(
      parts
        .slice(particleAt)
        .join(' ')
        .replace(/^\p{Ll}/u, (letter) => letter.toUpperCase()),
    );
  }
  forms.delete(name);
  return [...forms].filter((form) => !NAME_PARTICLES.has(form));
}
