import { describe, expect, it } from 'vitest';
import { SPEAKER_HUE_COUNT, speakerHue } from '../../../../src/renderer/speakers/speaker-hue';
import { searchSpeakers } from '../../../../src/renderer/speakers/speaker-search';
import type { Speaker } from '../../../../src/shared/speaker';

const speaker = (id: string, name: string, aliases: string[], role: string, organization: string): Speaker => ({
  id, name, aliases, role, organization, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z',
});
const registry = [
  speaker('geng-yansheng', 'Geng Yansheng', ['the spokesman'], 'spokesman', 'Ministry of National Defense'),
  speaker('hong-lei-0001', 'Hong Lei', ['Hong'], 'spokesman', 'Foreign Ministry'),
  speaker('helena-strauss', 'Helena Strauss', [], 'minister', 'Finance Ministry'),
];

describe('speaker search', () => {
  it('ranks a name prefix above a role or organization match', () => {
    expect(searchSpeakers(registry, 'ho').map((match) => match.name)).toEqual(['Hong Lei']);
    expect(searchSpeakers(registry, 'spokes').map((match) => match.name)).toEqual(['Geng Yansheng', 'Hong Lei']);
  });

  it('matches by organization words and by letters in order', () => {
    expect(searchSpeakers(registry, 'finance').map((match) => match.name)).toEqual(['Helena Strauss']);
    expect(searchSpeakers(registry, 'hlstr').map((match) => match.name)).toEqual(['Helena Strauss']);
  });

  it('lists everyone for an empty query, the article’s own speakers first', () => {
    expect(searchSpeakers(registry, '', ['helena-strauss'])[0].name).toBe('Helena Strauss');
    expect(searchSpeakers(registry, '')).toHaveLength(3);
  });
});

describe('speaker hue', () => {
  it('hashes the id with 32-bit FNV-1a, so a speaker keeps its colour across sessions and versions', () => {
    // Published FNV-1a test vectors, folded into the palette.
    expect(speakerHue('')).toBe(0x811c9dc5 % SPEAKER_HUE_COUNT);
    expect(speakerHue('a')).toBe(0xe40c292c % SPEAKER_HUE_COUNT);
    expect(speakerHue('foobar')).toBe(0xbf9cf968 % SPEAKER_HUE_COUNT);
  });

  it('keeps every slot within the palette and spreads ids over it', () => {
    for (const { id } of registry) {
      expect(speakerHue(id)).toBeGreaterThanOrEqual(0);
      expect(speakerHue(id)).toBeLessThan(SPEAKER_HUE_COUNT);
    }
    const hues = new Set(Array.from({ length: 40 }, (_, index) => speakerHue(`speaker-${index}`)));
    expect(hues.size).toBeGreaterThan(6);
  });
});
