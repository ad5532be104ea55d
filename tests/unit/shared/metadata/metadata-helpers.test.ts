import { describe, expect, it } from 'vitest';

import { bylinesFromText, formatByline, parseByline } from '../../../../src/shared/metadata/bylines';
import { describeEmbargo, embargoAt, isEmbargoed, wallClock, zoneForOffset } from '../../../../src/shared/metadata/embargo';
import { headlineFit, headlineFor } from '../../../../src/shared/metadata/headline-variants';
import { suggestKeywords } from '../../../../src/shared/metadata/keyword-suggestions';
import { mediaTopic, mediaTopics, searchMediaTopics, topicPath } from '../../../../src/shared/metadata/media-topics';
import { suggestSlugline } from '../../../../src/shared/metadata/slugline';

describe('the Media Topics vocabulary', () => {
  it('ships the 17 top-level topics and every one of their second-level topics, each with code, label and parent', () => {
    const top = mediaTopics().filter((topic) => topic.parent === null);
    expect(top).toHaveLength(17);
    expect(top.map((topic) => topic.code)).toContain('medtop:04000000');
    const second = mediaTopics().filter((topic) => topic.parent !== null && mediaTopic(topic.parent)?.parent === null);
    expect(second.length).toBeGreaterThan(100);
    for (const topic of mediaTopics()) {
      expect(topic.code).toMatch(/^medtop:\d{8}$/);
      if (topic.parent) expect(mediaTopic(topic.parent)).toBeDefined();
    }
    expect(topicPath('medtop:20000523')).toBe('Labour › Labour market');
  });

  it('finds topics by every word of the label, at word starts, ignoring case and accents, the exact label first', () => {
    expect(searchMediaTopics('Labour Market')[0].label).toBe('Labour market');
    expect(searchMediaTopics('lab mark').map((topic) => topic.label)).toContain('Labour market');
    expect(searchMediaTopics('weather warn').map((topic) => topic.label)).toEqual(['Weather warning']);
    expect(searchMediaTopics('COUP D').map((topic) => topic.code)).toContain('medtop:20000070');
    expect(searchMediaTopics('abour')).toEqual([]); // not inside a word
    expect(searchMediaTopics('   ')).toEqual([]);
    expect(searchMediaTopics('sport', 5)).toHaveLength(5);
    expect(searchMediaTopics('sport')[0].label).toBe('Sport');
  });
});

describe('slugline and keyword suggestions', () => {
  it('suggests a slugline from the first significant words of the headline', () => {
    expect(suggestSlugline('Harbour board votes to widen the eastern channel')).toBe('HARBOUR-BOARD-VOTES');
    expect(suggestSlugline('The mayor’s “last” budget')).toBe('MAYORS-LAST-BUDGET');
    expect(suggestSlugline('Zürich café fire')).toBe('ZURICH-CAFE-FIRE');
    expect(suggestSlugline('')).toBe('');
  });

  it('suggests the names and terms a story repeats, leaving out what it already has', () => {
    const text =
      'The Kalder Harbour Board met on Tuesday. Dredging will start in spring.\nMembers of the Kalder Harbour Board said dredging would be paid for by the port. Lindqvist said dredging was overdue.';
    const suggested = suggestKeywords(text);
    expect(suggested[0]).toBe('Kalder Harbour Board');
    expect(suggested).toContain('dredging');
    expect(suggestKeywords(text, ['Dredging'])).not.toContain('dredging');
    expect(suggested).not.toContain('Tuesday'); // said once
  });
});

describe('bylines as people', () => {
  it('splits a byline line into people and writes the line back', () => {
    expect(parseByline('By Jane Roe, Ali Khan and Li Wen')).toEqual([
      { name: 'Jane Roe', role: '' },
      { name: 'Ali Khan', role: '' },
      { name: 'Li Wen', role: '' },
    ]);
    expect(formatByline(parseByline('By Jane Roe, Ali Khan and Li Wen'))).toBe('By Jane Roe, Ali Khan and Li Wen');
    expect(formatByline([])).toBe('');
    expect(bylinesFromText('By jane roe', [{ name: 'Jane Roe', role: 'editor' }])).toEqual([{ name: 'jane roe', role: 'editor' }]);
  });
});

describe('embargoes and headline variants', () => {
  it('sets an embargo from a wall-clock time in a zone with the offset of that moment, summer and winter', () => {
    expect(embargoAt('2026-12-01T09:00', 'Europe/Paris')).toEqual({ until: '2026-12-01T09:00:00+01:00', timeZone: 'Europe/Paris' });
    expect(embargoAt('2026-07-01T09:00', 'Europe/Paris').until).toBe('2026-07-01T09:00:00+02:00');
    expect(embargoAt('2026-07-01T09:00', 'Asia/Kathmandu').until).toBe('2026-07-01T09:00:00+05:45');
    expect(embargoAt('2026-01-15T18:30', 'America/New_York').until).toBe('2026-01-15T18:30:00-05:00');
    expect(wallClock(new Date('2026-12-01T08:00:00Z'), 'Europe/Paris')).toBe('2026-12-01T09:00');
  });

  it('is in force until its moment, and says when in its zone with the offset', () => {
    const embargo = { until: '2026-12-01T09:00:00+01:00', timeZone: 'Europe/Paris' };
    expect(isEmbargoed(embargo, new Date('2026-12-01T07:59:59Z'))).toBe(true);
    expect(isEmbargoed(embargo, new Date('2026-12-01T08:00:00Z'))).toBe(false);
    expect(isEmbargoed(null, new Date())).toBe(false);
    expect(describeEmbargo(embargo)).toBe('1 Dec 2026, 09:00 Europe/Paris (+01:00)');
    expect(zoneForOffset('2026-12-01T09:00:00-05:00')).toBe('Etc/GMT+5');
    expect(zoneForOffset('2026-12-01T09:00:00Z')).toBe('UTC');
  });

  it('measures each variant against its own target and falls back to the headline', () => {
    expect(headlineFit('x'.repeat(40), 'print')).toBe('within');
    expect(headlineFit('x'.repeat(45), 'print')).toBe('near');
    expect(headlineFit('x'.repeat(46), 'print')).toBe('over');
    expect(headlineFit('x'.repeat(55), 'seo')).toBe('near');
    expect(headlineFor('web', { headline: 'Main', headlines: { web: '  ' } })).toBe('Main');
    expect(headlineFor('social', { headline: 'Main', headlines: { social: 'Shared' } })).toBe('Shared');
  });
});
