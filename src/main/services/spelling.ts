/**
 * Offline spellcheck: Hunspell's British or American English dictionary (the
 * dictionary-en-gb and dictionary-en packages, read from disk — nothing is
 * downloaded; the desk chooses, a story may choose otherwise) through nspell, plus the
 * desk's own dictionary in `<data>/dictionary.json`. Names and aliases in the
 * speaker registry are never flagged.
 *
 * The dictionary lives in the spelling worker thread (see spelling/spell-checker.ts):
 * checks and suggestions never block the main process, and a suggestion that
 * takes longer than SUGGEST_TIME_LIMIT_MS is abandoned (no suggestions) instead
 * of holding up the checks queued behind it.
 */
import { join } from 'node:path';

import * as v from 'valibot';

import { type SpellingLanguage, SpellingLanguageSchema } from '../../shared/article';
import { DeskError } from '../../shared/errors';
import type { Clock } from '../ports';
import { createSpellChecker, type SpellAnswer, type SpellTask } from '../spelling/spell-checker';
import type { ArticleStore } from '../store/article-store';
import { AtomicJsonFile } from '../store/atomic-json-file';
import { quarantineFile } from '../store/quarantine';
import { TaskWorker } from '../workers/task-worker';
import type { WorkerStarter } from '../workers/worker-script';

const DeskDictionarySchema = v.object({
  words: v.array(v.pipe(v.string(), v.maxLength(100))),
  /** The desk's spelling language; absent in files from before there was a choice (British English, then). */
  language: v.optional(SpellingLanguageSchema),
});
type DeskDictionary = v.InferOutput<typeof DeskDictionarySchema>;

/** How long one suggestion may take once the dictionary is loaded. */
export const SUGGEST_TIME_LIMIT_MS = 1_500;
/** Loading Hunspell's dictionary in a fresh thread takes a moment; the first task may take this long. */
const LOAD_TIME_LIMIT_MS = 20_000;

export type SpellingService = ReturnType<typeof createSpellingService>;

/** Words a name is made of ("Pieter van der Walt" → Pieter, van, der, Walt), for the never-flag list. */
function nameWords(name: string): string[] {
  return name
    .split(/[\s\-–—]+/)
    .map((word) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').replace(/['’]s$/u, ''))
    .filter(Boolean);
}

export interface SpellingOptions {
  /** How to start the thread (tests); null checks in-process. */
  start?: WorkerStarter | null;
  suggestTimeLimitMs?: number;
}

export function createSpellingService(store: ArticleStore, clock: Clock, options: SpellingOptions = {}) {
  const file = new AtomicJsonFile<DeskDictionary>(join(store.dataDir, 'dictionary.json'));
  const suggestLimit = options.suggestTimeLimitMs ?? SUGGEST_TIME_LIMIT_MS;
  const checker = new TaskWorker<SpellTask, SpellAnswer>({
    script: 'spelling-worker',
    inProcess: createSpellChecker(),
    timeLimitMs: LOAD_TIME_LIMIT_MS,
    start: options.start,
    onTimeout: () => new DeskError('internal', 'The spell checker took too long and was restarted. Try again.'),
  });
  let deskWords: Promise<Set<string>> | undefined;
  let language: SpellingLanguage = 'en-GB';

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
    if (result.success) {
      language = result.output.language ?? 'en-GB';
      return new Set(result.output.words);
    }
    store.warnings.push(await quarantineFile(store.dataDir, file.path, 'it is not a word list', clock.now()));
    return new Set();
  }

  function words(): Promise<Set<string>> {
    deskWords ??= loadDeskWords();
    return deskWords;
  }

  function registryWords(): Set<string> {
    return new Set(store.speakers().flatMap((speaker) => [speaker.name, ...speaker.aliases].flatMap(nameWords)));
  }

  return {
    /** The words of `words` that are misspelled (not in English, the desk dictionary, or the speaker registry). */
    async check(list: string[], storyLanguage?: SpellingLanguage): Promise<string[]> {
      const desk = await words();
      const names = registryWords();
      const candidates = [...new Set(list)].filter((word) => !names.has(word) && !desk.has(word) && !/\d/.test(word));
      if (candidates.length === 0) return [];
      return checker.run(
        { kind: 'check', words: candidates, language: storyLanguage ?? language },
        { timeLimitMs: checker.warm ? LOAD_TIME_LIMIT_MS / 2 : LOAD_TIME_LIMIT_MS },
      );
    },

    /** Up to eight suggestions; none when finding them takes longer than the time limit. */
    async suggest(word: string, storyLanguage?: SpellingLanguage): Promise<string[]> {
      const desk = await words();
      try {
        return await checker.run(
          { kind: 'suggest', word, deskWords: [...desk], language: storyLanguage ?? language },
          { timeLimitMs: checker.warm ? suggestLimit : LOAD_TIME_LIMIT_MS },
        );
      } catch (error) {
        if (error instanceof DeskError && error.code === 'internal' && checker.mode === 'thread') return [];
        throw error;
      }
    },

    /** Adds a word to the desk dictionary (stored in the data folder, shared by every article). */
    async addToDictionary(word: string): Promise<void> {
      const desk = await words();
      if (desk.has(word)) return;
      desk.add(word);
      await file.write({ words: [...desk].sort(), language });
    },

    /** The desk's spelling language: British English until the desk chooses. */
    async deskLanguage(): Promise<SpellingLanguage> {
      await words();
      return language;
    },

    /** Makes `chosen` the desk's spelling language (stored with the desk dictionary). */
    async setDeskLanguage(chosen: SpellingLanguage): Promise<SpellingLanguage> {
      const desk = await words();
      language = chosen;
      await file.write({ words: [...desk].sort(), language });
      return language;
    },

    /** Stops the spelling thread. */
    close(): Promise<void> {
      return checker.close();
    },
  };
}
