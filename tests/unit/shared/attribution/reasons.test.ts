/** Every attribution says why, and how sure it is. */
import { describe, expect, it } from 'vitest';

import { detectAttributions } from '../../../../src/shared/attribution';

const STORY = [
  '"The dam will hold," said Marta Quell, the chief engineer.',
  'Her deputy, Piotr Saar, was less sure. "We need two dry weeks," he said.',
  '"After that, we can relax."',
  'Quell added that inspections would continue, calling the leak "minor."',
  'The so-called "overflow plan" was drawn up in 1998.',
];

describe('reasons and confidence', () => {
  const result = detectAttributions(STORY);
  const quote = (start: string) => result.quotes.find((candidate) => candidate.text.startsWith(start))!;

  it('names the cue and where the speaker was named for a quote with its own cue', () => {
    expect(quote('The dam').reason).toBe("cue 'said' after the quote, speaker named in the same sentence");
    expect(quote('The dam').confidence).toBeGreaterThanOrEqual(0.95);
  });

  it('says which pronoun and which gender decided a pronoun cue', () => {
    expect(quote('We need').reason).toBe("cue 'said' after the quote, pronoun 'he', nearest male speaker");
  });

  it('says a quote without a cue carried its speaker over, and is less sure of it', () => {
    expect(quote('After that').speaker).toBe('Piotr Saar');
    expect(quote('After that').reason).toMatch(/^no cue of its own; speaker carried over from the paragraph before/);
    expect(quote('After that').confidence).toBeLessThan(quote('We need').confidence);
  });

  it('says why a scare quote has no speaker', () => {
    expect(quote('overflow plan')).toMatchObject({ speaker: null, reason: "scare quote or title after 'so-called'; nobody is quoted" });
  });

  it('keeps every confidence between 0 and 1 and every reason non-empty, paraphrases included', () => {
    for (const item of [...result.quotes, ...result.paraphrases]) {
      expect(item.reason.length).toBeGreaterThan(0);
      expect(item.confidence).toBeGreaterThanOrEqual(0);
      expect(item.confidence).toBeLessThanOrEqual(1);
    }
  });
});
