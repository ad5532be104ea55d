/**
 * The English spell checker (Hunspell's dictionary from dictionary-en, through
 * nspell), as tasks the spelling worker thread serves: nspell's suggestions
 * for a long random string take seconds of synchronous work, which must not
 * stall the main process. Each task carries the desk's own words; they are
 * added once, so suggestions include them too.
 */
import nspell from 'nspell';

export type SpellTask = { kind: 'check'; words: string[]; deskWords: string[] } | { kind: 'suggest'; word: string; deskWords: string[] };

/** 'check' answers the misspelled words, 'suggest' the suggestions. */
export type SpellAnswer = string[];

const MAX_SUGGESTIONS = 8;

/** A checker that loads the dictionary on its first task. */
export function createSpellChecker(): (task: SpellTask) => Promise<SpellAnswer> {
  let loading: Promise<ReturnType<typeof nspell>> | undefined;
  const added = new Set<string>();

  return async (task) => {
    loading ??= import('dictionary-en').then(({ default: english }) => nspell(Buffer.from(english.aff), Buffer.from(english.dic)));
    const spell = await loading;
    for (const word of task.deskWords) {
      if (added.has(word)) continue;
      added.add(word);
      spell.add(word);
    }
    if (task.kind === 'check') return task.words.filter((word) => !spell.correct(word));
    return spell.suggest(task.word).slice(0, MAX_SUGGESTIONS);
  };
}
