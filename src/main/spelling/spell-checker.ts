/**
 * The English spell checkers (Hunspell's dictionaries from dictionary-en-gb and
 * dictionary-en, through nspell; each loaded on first use) plus the desk's
 * newsroom word list, as tasks the spelling worker thread serves: nspell's suggestions
 * for a long random string take seconds of synchronous work, which must not
 * stall the main process. Each task carries the desk's own words; they are
 * added once, so suggestions include them too.
 */
import nspell from 'nspell';

import { NEWSROOM_WORDS } from './newsroom-words';

export type SpellLanguage = 'en-GB' | 'en-US';

export type SpellTask =
  | { kind: 'check'; words: string[]; deskWords: string[]; language?: SpellLanguage }
  | { kind: 'suggest'; word: string; deskWords: string[]; language?: SpellLanguage };

/** 'check' answers the misspelled words, 'suggest' the suggestions. */
export type SpellAnswer = string[];

const MAX_SUGGESTIONS = 8;

/** A checker that loads the dictionary on its first task. */
export function createSpellChecker(): (task: SpellTask) => Promise<SpellAnswer> {
  const loading = new Map<SpellLanguage, Promise<ReturnType<typeof nspell>>>();
  const added = new Map<SpellLanguage, Set<string>>();

  const load = (language: SpellLanguage) => {
    const dictionary = language === 'en-GB' ? import('dictionary-en-gb') : import('dictionary-en');
    return dictionary.then(({ default: english }) => {
      const spell = nspell(Buffer.from(english.aff), Buffer.from(english.dic));
      for (const word of NEWSROOM_WORDS) spell.add(word);
      return spell;
    });
  };

  return async (task) => {
    const language = task.language ?? 'en-GB';
    if (!loading.has(language)) loading.set(language, load(language));
    const spell = await loading.get(language)!;
    const known = added.get(language) ?? new Set<string>();
    added.set(language, known);
    for (const word of task.deskWords) {
      if (known.has(word)) continue;
      known.add(word);
      spell.add(word);
    }
    if (task.kind === 'check') return task.words.filter((word) => !spell.correct(word));
    return spell.suggest(task.word).slice(0, MAX_SUGGESTIONS);
  };
}
