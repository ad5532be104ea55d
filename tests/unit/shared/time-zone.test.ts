import { describe, expect, it } from 'vitest';

import { timeZoneOffsetLabel, timeZoneOffsetMinutes } from '../../../src/shared/time-zone';

describe('time zone offsets', () => {
  it('follow daylight saving in the zone, not on this machine', () => {
    expect(timeZoneOffsetLabel('Europe/London', new Date('2026-07-01T12:00:00Z'))).toBe('UTC+01:00');
    expect(timeZoneOffsetLabel('Europe/London', new Date('2026-01-15T12:00:00Z'))).toBe('UTC');
    expect(timeZoneOffsetLabel('America/New_York', new Date('2026-01-15T12:00:00Z'))).toBe('UTC−05:00');
  });

  it('keep half- and quarter-hour zones exact', () => {
    expect(timeZoneOffsetLabel('Asia/Kolkata', new Date('2026-03-01T00:00:00Z'))).toBe('UTC+05:30');
    expect(timeZoneOffsetMinutes('Asia/Kathmandu', new Date('2026-03-01T00:00:00Z'))).toBe(345);
  });
});
