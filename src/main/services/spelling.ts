/**
 * Offline spellcheck: Hunspell's English dictionary (the dictionary-en
 * package, read from disk — nothing is downloaded) through nspell, plus the
 * desk's own dictionary in `<data>/dictionary.json`. Names and aliases in the
 * speaker registry are never flagged.
 */
import { join } from 'node:path';
import nspell from 'nspell';
import * as v from 'valibot';
import type { ArticleStore } from '../store/article-store';
import type { Clock } from '../ports';
import { AtomicJsonFile } from '../store/atomic-json-file';
import { quarantineFile } from '../store/quarantine';

const DeskDictionarySchema = v.object({ words: v.array(v.pipe(v.string(), v.maxLength(100))) });
type DeskDictionary = v.InferOutput<typeof DeskDictionarySchema>;

const MAX_SUGGESTIONS = 8;

export type SpellingService = ReturnType<typeof createSpellingService>;

/** Words a name is made of ("Pieter van der Walt" → Pieter, van, der, Walt), for the never-flag list. */
function nameWords(name: string): string[] {
  return name.split(/[\s\-–—]+/).map((word) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').replace(/['’]s$/u, '')).filter(Boolean);
}

export function createSpellingService(store: ArticleStore, clock: Clock) {
  const file = new AtomicJsonFile<DeskDictionary>(join(store.dataDir, 'dictionary.json'));
  let checker: Promise<{ spell: ReturnType<typeof nspell>; deskWords: Set<string> }> | undefined;

  async function loadDeskWords(): Promise<Set<string>> {
    let data: unknown;
    try {
      data = await file.read();
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      store.warnings.push(await quarantineFile(store.dataDir, file.path, 'it is not valid JSON', clock.now()));
      return new Set();
    }
    if (data === null) return new Set();
    const result = v.safeParse(DeskDictionarySchema, data);
    if (result.success) return new Set(result.output.words);
    store.warnings.push(await quarantineFile(store.dataDir, file.path, 'it is not a word list', clock.now()));
    return new Set();
  }

  /** Loads the dictionaries on first use (Hunspell's takes a moment), once. */
  function ready() {
    checker ??= (async () => {
      const { default: english } = await import('dictionary-en');
      const spell = nspell(Buffer.from(english.aff), Buffer.from(english.dic));
      const deskWords = await loadDeskWords();
      for (const word of deskWords) spell.add(word);
      return { spell, deskWords };
    })();
    return checker;
  }

  function registryWords(): Set<string> {
    return new Set(store.speakers().flatMap((speaker) => [speaker.name, ...speaker.aliases].flatMap(nameWords)));
  }

  return {
    /** The words of `words` that are misspelled (not in English, the desk dictionary, or the speaker registry). */
    async check(words: string[]): Promise<string[]> {
      const { spell } = await ready();
      const names = registryWords();
      return [...new Set(words)].filter((word) => !names.has(word) && !/\d/.test(word) && !spell.correct(word));
    },

    async suggest(word: string): Promise<string[]> {
      const { spell } = await ready();
      return spell.suggest(word).slice(0, MAX_SUGGESTIONS);
    },

    /** Adds a word to the desk dictionary (stored in the data folder, shared by every article). */
    async addToDictionary(word: string): Promise<void> {
      const { spell, deskWords } = await ready();
      if (deskWords.has(word)) return;
      deskWords.add(word);
      spell.add(word);
      await file.write({ words: [...deskWords].sort() });
    },
  };
}
