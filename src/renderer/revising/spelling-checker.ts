/**
 * SpellingChecker: what the renderer knows about the spelling of words, so the
 * body's spellcheck never waits on main while someone types.
 *
 * Contract:
 * - `verdict(word)` answers from memory at once: true (misspelled), false, or
 *   undefined when the word has not been checked yet.
 * - `check(words)` asks main about the words it has no verdict for, in batches,
 *   each word at most once; it fires `change` when new verdicts arrive.
 * - `ignore` (this session) and `addToDictionary` (stored in the data folder)
 *   turn a word's verdict to correct and fire `change`.
 * - `forget()` drops every verdict (the story's language changed) and fires
 *   `forget`, so the body asks again.
 * A failed check leaves the words unknown (never flagged), to be asked again later.
 */

export interface SpellingService {
  check(words: string[]): Promise<string[]>;
  suggest(word: string): Promise<string[]>;
  addToDictionary(word: string): Promise<void>;
}

/** Main accepts at most 20,000 words per call; smaller batches keep each answer quick. */
const BATCH_SIZE = 2_000;

export class SpellingChecker extends EventTarget {
  private readonly verdicts = new Map<string, boolean>();
  private readonly asking = new Set<string>();
  private readonly ignored = new Set<string>();

  constructor(private readonly service: SpellingService) {
    super();
  }

  forget(): void {
    this.verdicts.clear();
    this.dispatchEvent(new Event('forget'));
    this.dispatchEvent(new Event('change'));
  }

  verdict(word: string): boolean | undefined {
    if (this.ignored.has(word)) return false;
    return this.verdicts.get(word);
  }

  /** The words of `words` with no verdict and no question out about them. */
  unknown(words: Iterable<string>): string[] {
    return [...new Set(words)].filter((word) => !this.verdicts.has(word) && !this.asking.has(word));
  }

  async check(words: Iterable<string>): Promise<void> {
    const wanted = this.unknown(words);
    // Every wanted word is out from now on, so a check started meanwhile never asks it again.
    wanted.forEach((word) => this.asking.add(word));
    for (let start = 0; start < wanted.length; start += BATCH_SIZE) {
      const batch = wanted.slice(start, start + BATCH_SIZE);
      try {
        const misspelled = new Set(await this.service.check(batch));
        batch.forEach((word) => this.verdicts.set(word, misspelled.has(word)));
      } catch {
        // Unknown words stay unflagged; the next edit asks again.
      } finally {
        batch.forEach((word) => this.asking.delete(word));
      }
      this.dispatchEvent(new Event('change'));
    }
  }

  suggest(word: string): Promise<string[]> {
    return this.service.suggest(word);
  }

  /** Stops flagging a word until the desk is reopened. */
  ignore(word: string): void {
    this.ignored.add(word);
    this.dispatchEvent(new Event('change'));
  }

  /** Adds a word to the desk dictionary (every article, every session). */
  async addToDictionary(word: string): Promise<void> {
    await this.service.addToDictionary(word);
    this.verdicts.set(word, false);
    this.dispatchEvent(new Event('change'));
  }
}
