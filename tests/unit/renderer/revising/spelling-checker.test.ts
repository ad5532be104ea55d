/**
 * SpellingChecker keeps the renderer's spelling verdicts so the body's
 * spellcheck (revising/spellcheck.ts) never waits on main: it asks main about
 * new words in batches, each word once, and redraws (`change`) as answers come.
 */
import { describe, expect, it, vi } from 'vitest';

import { SpellingChecker, type SpellingService } from '../../../../src/renderer/revising/spelling-checker';
import { type Deferred, deferred } from '../../../support/deferred';

/** Main's spelling service, answering each check only when the test says so. */
function heldService() {
  const questions: { words: string[]; answer: Deferred<string[]> }[] = [];
  const service: SpellingService = {
    check: vi.fn((words: string[]) => {
      const answer = deferred<string[]>();
      questions.push({ words: [...words], answer });
      return answer.promise;
    }),
    suggest: vi.fn(async () => ['the', 'tea']),
    addToDictionary: vi.fn(async () => undefined),
  };
  /** Every word main was asked about, in order, repeats included. */
  const asked = () => questions.flatMap((question) => question.words);
  return { service, questions, asked };
}

/** Main's spelling service answering at once: `misspelled` are the words it does not know. */
function answeringService(misspelled: string[]) {
  const held = heldService();
  vi.mocked(held.service.check).mockImplementation(async (words) => {
    const answer = deferred<string[]>();
    held.questions.push({ words: [...words], answer });
    answer.resolve(words.filter((word) => misspelled.includes(word)));
    return answer.promise;
  });
  return held;
}

function countChanges(checker: SpellingChecker): { readonly count: number } {
  const counter = { count: 0 };
  checker.addEventListener('change', () => counter.count++);
  return counter;
}

/** Resolves at the checker's next `change`: the signal that answers arrived. */
const nextChange = (checker: SpellingChecker) =>
  new Promise<void>((resolve) => checker.addEventListener('change', () => resolve(), { once: true }));

const distinctWords = (count: number) => Array.from({ length: count }, (_, index) => `word${index.toString(36)}`);

describe('verdicts', () => {
  it('knows nothing of a word that was never checked, so nothing is flagged before main answers', () => {
    const checker = new SpellingChecker(heldService().service);
    expect(checker.verdict('teh')).toBeUndefined();
  });

  it('flags the words main calls misspelled and clears the others', async () => {
    const checker = new SpellingChecker(answeringService(['teh']).service);
    await checker.check(['teh', 'cat']);
    expect(checker.verdict('teh')).toBe(true);
    expect(checker.verdict('cat')).toBe(false);
  });

  it('fires change when the answers arrive, so the body redraws its underlines', async () => {
    const checker = new SpellingChecker(answeringService(['teh']).service);
    const changes = countChanges(checker);
    await checker.check(['teh']);
    expect(changes.count).toBe(1);
  });
});

describe('asking main', () => {
  it('answers a word checked before from memory, without asking main again', async () => {
    const { service, asked } = answeringService(['teh']);
    const checker = new SpellingChecker(service);
    await checker.check(['teh', 'cat']);
    await checker.check(['cat', 'teh', 'dog']);
    expect(asked()).toEqual(['teh', 'cat', 'dog']);
  });

  it('asks once about a word the text repeats', async () => {
    const { service, asked } = answeringService([]);
    await new SpellingChecker(service).check(['the', 'cat', 'the', 'the', 'cat']);
    expect(asked()).toEqual(['the', 'cat']);
  });

  it('does not ask again about a word whose answer is still on its way', async () => {
    const { service, questions, asked } = heldService();
    const checker = new SpellingChecker(service);
    const first = checker.check(['teh', 'cat']);
    expect(checker.unknown(['teh', 'dog'])).toEqual(['dog']);
    const second = checker.check(['teh', 'dog']);
    questions.forEach((question) => question.answer.resolve(['teh']));
    await Promise.all([first, second]);
    expect(asked()).toEqual(['teh', 'cat', 'dog']);
    expect(checker.verdict('teh')).toBe(true);
  });

  it('asks in batches of at most 2,000 words, well under main’s limit of 20,000 a call', async () => {
    const { service, questions, asked } = answeringService([]);
    const words = distinctWords(4_500);
    await new SpellingChecker(service).check(words);
    expect(questions.map((question) => question.words.length)).toEqual([2_000, 2_000, 500]);
    expect(asked()).toEqual(words);
  });

  it('shows each batch’s verdicts as soon as that batch is answered', async () => {
    const { service, questions } = heldService();
    const checker = new SpellingChecker(service);
    const words = distinctWords(2_001);
    const done = checker.check(words);
    const changed = nextChange(checker);
    questions[0].answer.resolve([words[0]]);
    await changed;
    expect(checker.verdict(words[0])).toBe(true);
    expect(checker.verdict(words[1_999])).toBe(false);
    expect(checker.verdict(words[2_000])).toBeUndefined();
    questions[1].answer.resolve([words[2_000]]);
    await done;
    expect(checker.verdict(words[2_000])).toBe(true);
  });

  it('asks about each word at most once while the batches of an earlier check are still out', async () => {
    const { service, questions, asked } = heldService();
    const checker = new SpellingChecker(service);
    const words = distinctWords(3_000);
    const first = checker.check(words); // the first 2,000 are out; the other 1,000 wait their turn
    const second = checker.check(words); // the body changed meanwhile and checks the same text again
    for (let answered = 0; answered < questions.length; answered++) {
      const changed = nextChange(checker);
      questions[answered].answer.resolve([]);
      await changed;
    }
    await Promise.all([first, second]);
    expect(new Set(asked())).toEqual(new Set(words));
    expect(asked().length, 'questions main was asked, one per word').toBe(words.length);
  });
});

describe('when main cannot answer', () => {
  it('leaves the words unflagged and asks about them again at the next check', async () => {
    const { service, questions, asked } = heldService();
    const checker = new SpellingChecker(service);
    const failed = checker.check(['teh']);
    questions[0].answer.reject(new Error('Main is busy.'));
    await failed;
    expect(checker.verdict('teh')).toBeUndefined();
    expect(checker.unknown(['teh'])).toEqual(['teh']);
    const retried = checker.check(['teh']);
    questions[1].answer.resolve(['teh']);
    await retried;
    expect(asked()).toEqual(['teh', 'teh']);
    expect(checker.verdict('teh')).toBe(true);
  });

  it('still asks about the later batches when one batch fails', async () => {
    const { service, questions } = heldService();
    const checker = new SpellingChecker(service);
    const words = distinctWords(2_001);
    const done = checker.check(words);
    const changed = nextChange(checker);
    questions[0].answer.reject(new Error('Main is busy.'));
    await changed;
    questions[1].answer.resolve([words[2_000]]);
    await done;
    expect(checker.verdict(words[0])).toBeUndefined();
    expect(checker.verdict(words[2_000])).toBe(true);
  });
});

describe('ignoring a word and adding it to the dictionary', () => {
  it('stops flagging an ignored word and redraws, storing nothing', async () => {
    const { service } = answeringService(['Eldmoor']);
    const checker = new SpellingChecker(service);
    await checker.check(['Eldmoor']);
    const changes = countChanges(checker);
    checker.ignore('Eldmoor');
    expect(checker.verdict('Eldmoor')).toBe(false);
    expect(changes.count).toBe(1);
    expect(service.addToDictionary).not.toHaveBeenCalled();
  });

  it('keeps an ignored word unflagged when main’s answer about it comes later', async () => {
    const checker = new SpellingChecker(answeringService(['Eldmoor']).service);
    checker.ignore('Eldmoor');
    await checker.check(['Eldmoor']);
    expect(checker.verdict('Eldmoor')).toBe(false);
  });

  it('adds a word through main, then stops flagging it and redraws', async () => {
    const { service } = answeringService(['Eldmoor']);
    const checker = new SpellingChecker(service);
    await checker.check(['Eldmoor']);
    const changes = countChanges(checker);
    await checker.addToDictionary('Eldmoor');
    expect(service.addToDictionary).toHaveBeenCalledWith('Eldmoor');
    expect(checker.verdict('Eldmoor')).toBe(false);
    expect(changes.count).toBe(1);
  });

  it('keeps flagging a word main failed to add, and tells the caller', async () => {
    const { service } = answeringService(['Eldmoor']);
    vi.mocked(service.addToDictionary).mockRejectedValueOnce(new Error('The dictionary file is read-only.'));
    const checker = new SpellingChecker(service);
    await checker.check(['Eldmoor']);
    const changes = countChanges(checker);
    await expect(checker.addToDictionary('Eldmoor')).rejects.toThrow('read-only');
    expect(checker.verdict('Eldmoor')).toBe(true);
    expect(changes.count).toBe(0);
  });

  it('asks main for suggestions for a word', async () => {
    const { service } = heldService();
    await expect(new SpellingChecker(service).suggest('teh')).resolves.toEqual(['the', 'tea']);
    expect(service.suggest).toHaveBeenCalledWith('teh');
  });
});
