/**
 * The gender a first name tells, from the openly licensed list in
 * data/first-names.json (see data/README.md). A name found in neither list,
 * or in both, tells nothing ('unknown'). Accents are ignored ("Lucía" = "Lucia").
 */
import lists from './data/first-names.json';

export type NameGender = 'male' | 'female' | 'unknown';

let female: ReadonlySet<string> | undefined;
let male: ReadonlySet<string> | undefined;

const fold = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const load = (list: string): ReadonlySet<string> => new Set(list.split(' ').map(fold));

/** 'female' or 'male' when the list knows the name for one gender only. */
export function genderOfFirstName(name: string): NameGender {
  female ??= load(lists.female);
  male ??= load(lists.male);
  const key = fold(name);
  if (female.has(key)) return 'female';
  if (male.has(key)) return 'male';
  return 'unknown';
}

/** True when the word is a first name the list knows. */
export function isKnownFirstName(name: string): boolean {
  return genderOfFirstName(name) !== 'unknown';
}
