import { describe, expect, it } from 'vitest';

import { searchSpeakers } from '../../../../src/renderer/speakers/speaker-search';
import type { Speaker } from '../../../../src/shared/speaker';

const speaker = (id: string, name: string, aliases: string[], role: string, organization: string): Speaker => ({
  id,
  name,
  aliases,
  role,
  organization,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
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
