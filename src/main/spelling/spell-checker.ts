/**
 * The English spell checkers (Hunspell's dictionaries from dictionary-en-gb and
 * dictionary-en, through nspell; each loaded on first use) plus the desk's
 * newsroom word list, as tasks the spelling worker thread serves: nspell's suggestions
 * for a long random string take seconds of synchronous work, which must not
 * stall the main process. A 'check' gets only words the caller has not
 * already found in the desk's own list; a 'suggest' carries that list, added
 * once, so suggestions include the desk's words too.
 */
import nspell from 'nspell';

import type { SpellingLanguage } from '../../shared/article';
import { NEWSROOM_WORDS } from './newsroom-words';

export type SpellTask =
  | { kind: 'check'; words: string[]; language?: SpellingLanguage }
  | { kind: 'suggest'; word: string; deskWords: string[]; language?: SpellingLanguage };

/** 'check' answers the misspelled words, 'suggest' the suggestions. */
export type SpellAnswer = string[];

const MAX_SUGGESTIONS = 8;

/** A checker that loads the dictionary on its first task. */
export function createSpellChecker(): (task: SpellTask) => Promise<SpellAnswer> {
  const loading = new Map<SpellingLanguage, Promise<ReturnType<typeof nspell>>>();
  const added = new Map<SpellingLanguage, Set<string>>();

  const load = (language: SpellingLanguage) => {
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
    if (task.kind === 'check') return task.words.filter((word) => !spell.correct(word));
    const known = added.get(language) ?? new Set<string>();
    added.set(language, known);
    for (const word of task.deskWords) {
      if (known.has(word)) continue;
      known.add(word);
      spell.add(word);
    }
    return spell.suggest(task.word).slice(0, MAX_SUGGESTIONS);
  };
}
