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
});
