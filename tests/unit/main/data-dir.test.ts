import { describe, expect, it } from 'vitest';

import { resolveDataDir } from '../../../src/main/data-dir';

describe('resolveDataDir', () => {
  const defaultDir = '/home/editor/.config/newsdesk/desk';

  it('prefers --data-dir, in either spelling, over the environment and the default', () => {
    const env = { NEWSDESK_DATA_DIR: '/env/desk' };
    expect(resolveDataDir({ argv: ['app', '--data-dir', '/flag/desk'], env, defaultDir })).toBe('/flag/desk');
    expect(resolveDataDir({ argv: ['app', '--data-dir=/flag/desk'], env, defaultDir })).toBe('/flag/desk');
  });

  it('uses NEWSDESK_DATA_DIR when no flag is given, then the default', () => {
    expect(resolveDataDir({ argv: [], env: { NEWSDESK_DATA_DIR: '/env/desk' }, defaultDir })).toBe('/env/desk');
    expect(resolveDataDir({ argv: [], env: { NEWSDESK_DATA_DIR: '  ' }, defaultDir })).toBe(defaultDir);
  });
});
