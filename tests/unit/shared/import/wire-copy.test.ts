import { describe, expect, it } from 'vitest';

import { isBylineLine, isCreditLine, parseWireDateline } from '../../../../src/shared/import/wire-copy';

describe('agency datelines', () => {
  it.each([
    ['KALDER (Reuters) - The harbour board voted on Tuesday.', 'KALDER (Reuters)', 'Reuters', 'The harbour board voted on Tuesday.'],
    ['WASHINGTON (AP) — Senators met late.', 'WASHINGTON (AP)', 'AP', 'Senators met late.'],
    ['PARIS, Nov 3 (AFP) - Strikes spread.', 'PARIS, Nov 3 (AFP)', 'AFP', 'Strikes spread.'],
    ['NEW YORK, March 14, 2026 (Bloomberg) – Shares fell.', 'NEW YORK, March 14, 2026 (Bloomberg)', 'Bloomberg', 'Shares fell.'],
    ['BERLIN, 4. März (dpa) – Die Regierung tagte.', 'BERLIN, 4. März (dpa)', 'dpa', 'Die Regierung tagte.'],
  ])('reads "%s" as dateline, agency and text', (line, dateline, agency, text) => {
    expect(parseWireDateline(line)).toEqual({ dateline, agency, text });
  });

  it('leaves a paragraph without an agency in brackets to the plain dateline rule', () => {
    expect(parseWireDateline('BEIJING - China refuted the claims.')).toBeNull();
    expect(parseWireDateline('The minister (a former banker) - who spoke first - said no.')).toBeNull();
  });

  it('stays fast on a megabyte of capitals with no bracket', () => {
    const line = `${'A'.repeat(1_000_000)} - text`;
    const started = performance.now();
    expect(parseWireDateline(line)).toBeNull();
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('bylines and credit lines', () => {
  it.each([
    'By Jane Roe',
    'By JANE ROE, Associated Press',
    'By Jane Roe and Ken Doe',
    'By Amara Okonkwo in Kalder',
    'By Pieter van der Walt Jr.',
  ])('takes "%s" as a byline', (line) => expect(isBylineLine(line)).toBe(true));

  it.each([
    'By Monday, prices had doubled.',
    'By then the vote was lost.',
    'Byron Kale said the vote was lost.',
    `By ${'Name '.repeat(40)}`,
  ])('does not take "%s" as a byline', (line) => expect(isBylineLine(line)).toBe(false));

  it.each([
    'Reporting by Jane Roe; Editing by Ken Doe',
    '(Reporting by Jane Roe in Kalder; Additional reporting by Lee Chan; Writing by Ana Ruiz; Editing by Tom Berg)',
    'Associated Press writer Lee Chan contributed to this report.',
  ])('takes "%s" as a credit line', (line) => expect(isCreditLine(line)).toBe(true));

  it('does not take a sentence about reporting as a credit line', () => {
    expect(isCreditLine('The reporting by local papers was thin, she said.')).toBe(false);
  });
});
