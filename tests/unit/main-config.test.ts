import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../src/main/data-dir';
import { isTrustedRendererUrl } from '../../src/main/sender-policy';

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

describe('isTrustedRendererUrl', () => {
  it('trusts only the renderer page itself when it is a file', () => {
    const renderer = 'file:///opt/Newsdesk/out/renderer/index.html';
    expect(isTrustedRendererUrl('file:///opt/Newsdesk/out/renderer/index.html#article', renderer)).toBe(true);
    expect(isTrustedRendererUrl('file:///tmp/evil.html', renderer)).toBe(false);
    expect(isTrustedRendererUrl('https://example.com/', renderer)).toBe(false);
    expect(isTrustedRendererUrl('', renderer)).toBe(false);
  });

  it('trusts the dev server or test origin by origin', () => {
    expect(isTrustedRendererUrl('http://localhost:5173/index.html', 'http://localhost:5173/')).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
  });
});
