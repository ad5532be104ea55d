import { describe, expect, it } from 'vitest';

import { lintAttributions, type LintSpan, type LintSpeaker } from '../../../../src/shared/attribution/attribution-lint';

const hong: LintSpeaker = { id: 'hong-lei-1', name: 'Hong Lei', aliases: ['Hong'], role: 'spokesman' };
const paragraphs = [
  'Foreign Ministry spokesman Hong Lei made the remarks at a regular press briefing.',
  '"Firmly opposing cyber attacks, China has established relevant laws," Hong said.',
];
const at = (paragraph: number, text: string) => {
  const start = paragraphs[paragraph].indexOf(text);
  return { paragraph, start, end: start + text.length };
};

describe('attribution lint', () => {
  it('finds a direct quote that no speaker is attributed to', () => {
    const findings = lintAttributions(paragraphs, [], []);
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'untagged-quote', ...at(1, 'Firmly opposing cyber attacks, China has established relevant laws,') }),
    ]);
  });

  it('is satisfied when the quote carries a direct attribution and the speaker is introduced by full name and role', () => {
    const spans: LintSpan[] = [
      { speakerId: hong.id, kind: 'mention', ...at(0, 'Hong Lei') },
      { speakerId: hong.id, kind: 'direct', ...at(1, 'Firmly opposing cyber attacks, China has established relevant laws,') },
      { speakerId: hong.id, kind: 'mention', ...at(1, 'Hong') },
    ];
    expect(lintAttributions(paragraphs, spans, [hong])).toEqual([]);
  });

  it('flags a short form used before the full name, pointing at the short form', () => {
    const swapped = [paragraphs[1], paragraphs[0]];
    const start = swapped[0].indexOf('Hong');
    const spans: LintSpan[] = [{ speakerId: hong.id, kind: 'mention', paragraph: 0, start, end: start + 4 }];
    const findings = lintAttributions(swapped, spans, [hong]);
    expect(findings.map((finding) => finding.rule)).toEqual(['untagged-quote', 'short-form-first']);
    expect(findings[1]).toMatchObject({ paragraph: 0, start, end: start + 4, speakerId: hong.id });
    expect(findings[1].message).toContain('before the full name Hong Lei');
  });

  it('flags a first mention that is not the full name, and a speaker with no role', () => {
    const geng: LintSpeaker = { id: 'geng-1', name: 'Geng Yansheng', aliases: [], role: '' };
    const text = ['The spokesman said so, Geng added.'];
    const spans: LintSpan[] = [{ speakerId: geng.id, kind: 'mention', paragraph: 0, start: 0, end: 14 }];
    const rules = lintAttributions(text, spans, [geng]).map((finding) => finding.rule);
    expect(rules).toEqual(['first-mention', 'missing-role']);
  });

  it('ignores scare quotes of one or two words', () => {
    expect(lintAttributions(['They call it "hacking" here, and "cyber crime" there.'], [], [])).toEqual([]);
  });

  it('places every speaker’s forms in one pass: overlapping names, shared words and lower-case aliases', () => {
    const text = [
      'The harbor master said the dredging would start in May.',
      'Maria Okafor, the harbor master, and Maria Lind spoke after Lind arrived.',
      'Okafor added that the budget was agreed.',
    ];
    const okafor: LintSpeaker = { id: 'okafor', name: 'Maria Okafor', aliases: ['Okafor', 'the harbor master'], role: 'harbor master' };
    const lind: LintSpeaker = { id: 'lind', name: 'Maria Lind', aliases: ['Lind', 'Maria'], role: 'finance minister' };
    const place = (paragraph: number, phrase: string, from = 0) => {
      const start = text[paragraph].indexOf(phrase, from);
      return { paragraph, start, end: start + phrase.length };
    };
    const spans: LintSpan[] = [
      { speakerId: okafor.id, kind: 'mention', ...place(1, 'Maria Okafor') },
      { speakerId: lind.id, kind: 'mention', ...place(1, 'Maria Lind') },
    ];
    const findings = lintAttributions(text, spans, [okafor, lind]);
    // "The harbor master" (lower-case alias, any case) comes before Okafor's full name; Lind's forms all sit inside or after
    // her full name ("Maria" at the start of "Maria Okafor" is before it, though: an alias shared with another name counts).
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'short-form-first', speakerId: okafor.id, ...place(0, 'The harbor master') }),
      expect.objectContaining({ rule: 'short-form-first', speakerId: lind.id, ...place(1, 'Maria') }),
    ]);
  });
});
