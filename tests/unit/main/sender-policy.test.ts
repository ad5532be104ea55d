import { describe, expect, it } from 'vitest';

import { isTrustedRendererUrl } from '../../../src/main/sender-policy';

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
