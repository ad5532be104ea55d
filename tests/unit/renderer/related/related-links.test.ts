/**
 * The related panel's pure helpers: what a link points at, the web address a
 * person typed or pasted in the add box (nd-headline-picker), the host shown
 * beside an external link, moving a link, and whether a stored copy is the
 * local list as main saved it (nd-related-panel keeps local edits otherwise).
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';

import { hostOf, kindOf, moveLink, refines, webAddress } from '../../../../src/renderer/related/related-links';
import { type RelatedLink, RelatedLinkSchema } from '../../../../src/shared/related-link';

const unresolved = (headline: string): RelatedLink => ({ headline, articleId: null, url: null, relation: 'see-also' });
const toArticle = (headline: string, articleId: string): RelatedLink => ({ headline, articleId, url: null, relation: 'see-also' });
const toWeb = (headline: string, url: string): RelatedLink => ({ headline, articleId: null, url, relation: 'background' });

describe('what a link points at', () => {
  it('tells a stored article, a web page and a bare headline apart', () => {
    expect(kindOf(toArticle('Flood defences hold', 'article-0001'))).toBe('article');
    expect(kindOf(toWeb('River levels', 'https://example.com/river'))).toBe('external');
    expect(kindOf(unresolved('Mayor resigns'))).toBe('unresolved');
  });
});

describe('the web address typed in the add box', () => {
  it('accepts http and https addresses, in any case, with spaces around them', () => {
    expect(webAddress('https://example.com/story')).toBe('https://example.com/story');
    expect(webAddress('  http://example.com/story\n')).toBe('http://example.com/story');
    expect(webAddress('HTTPS://example.com/story')).toBe('https://example.com/story');
  });

  it('normalizes the address as a browser would: lower-case host, a path, no default port', () => {
    expect(webAddress('https://WWW.Example.COM')).toBe('https://www.example.com/');
    expect(webAddress('http://example.com:80/a/../b')).toBe('http://example.com/b');
    expect(webAddress('https://example.com/Story?id=7#top')).toBe('https://example.com/Story?id=7#top');
  });

  it('refuses other schemes, which a related story cannot link to', () => {
    const elsewhere = ['ftp://example.com/file', 'mailto:desk@example.com', 'javascript:alert(1)', 'file:///etc/passwd'];
    for (const text of [...elsewhere, 'data:text/html,hi']) expect(webAddress(text), text).toBeNull();
  });

  it('refuses text that is a headline or only looks like an address', () => {
    const texts = ['', '   ', 'example.com/story', 'www.example.com', 'Read https://example.com/story', 'https://example.com/a story'];
    for (const text of [...texts, 'http://', 'https://exa mple.com']) expect(webAddress(text), text).toBeNull();
  });

  it('offers only addresses the store accepts as a link, so saving the article never fails on one', () => {
    const slug = 'новости-'.repeat(150); // 1,200 typed characters, well within the box's 2,000; 6 each once percent-encoded
    const typed = ['https://example.com/story', `https://example.com/${'a'.repeat(1900)}`, `https://example.ru/${slug}`];
    for (const text of typed) {
      const address = webAddress(text);
      if (address === null) continue;
      const link = { headline: 'A story', articleId: null, url: address, relation: 'see-also' };
      expect(v.safeParse(RelatedLinkSchema, link).success, `${address.slice(0, 60)}… (${address.length} characters)`).toBe(true);
    }
  });
});

describe('the host shown beside a web link', () => {
  it('drops a leading "www." and nothing else', () => {
    expect(hostOf('https://www.example.com/story')).toBe('example.com');
    expect(hostOf('https://news.example.com/story')).toBe('news.example.com');
    expect(hostOf('https://www2.example.com/')).toBe('www2.example.com');
    expect(hostOf('https://example.www.com/')).toBe('example.www.com');
  });

  it('leaves out the scheme, port, path and query', () => {
    expect(hostOf('http://EXAMPLE.com:8080/a/b?c=d')).toBe('example.com');
  });

  it('shows text that is not an address as it is', () => {
    expect(hostOf('not an address')).toBe('not an address');
    expect(hostOf('')).toBe('');
  });
});

describe('moving a link', () => {
  const links = [unresolved('One'), unresolved('Two'), unresolved('Three')];
  const headlines = (moved: RelatedLink[] | null) => moved?.map((link) => link.headline);

  it('swaps a link with its neighbour above or below', () => {
    expect(headlines(moveLink(links, 1, -1))).toEqual(['Two', 'One', 'Three']);
    expect(headlines(moveLink(links, 1, 1))).toEqual(['One', 'Three', 'Two']);
  });

  it('cannot move the first link up or the last one down', () => {
    expect(moveLink(links, 0, -1)).toBeNull();
    expect(moveLink(links, 2, 1)).toBeNull();
  });

  it('cannot move a link that is not in the list', () => {
    expect(moveLink(links, -1, 1)).toBeNull();
    expect(moveLink(links, 3, -1)).toBeNull();
    expect(moveLink([], 0, 1)).toBeNull();
  });

  it('leaves the list it was given untouched', () => {
    moveLink(links, 0, 1);
    expect(headlines(links)).toEqual(['One', 'Two', 'Three']);
  });
});

describe('telling main’s saved copy from an older one', () => {
  const local = [
    unresolved('Mayor resigns'),
    toWeb('River levels', 'https://example.com/river'),
    toArticle('Flood defences hold', 'article-0001'),
  ];

  it('accepts the same links in the same order', () => {
    expect(
      refines(
        local.map((link) => ({ ...link })),
        local,
      ),
    ).toBe(true);
    expect(refines([], [])).toBe(true);
  });

  it('accepts a copy where main resolved a bare headline to a stored article', () => {
    const stored = [toArticle('Mayor resigns', 'article-0042'), local[1], local[2]];
    expect(refines(stored, local)).toBe(true);
  });

  it('accepts a copy where main trimmed the headline typed', () => {
    expect(refines([unresolved('Mayor resigns')], [unresolved('  Mayor resigns ')])).toBe(true);
  });

  it('rejects a copy missing a link added since, or with the links in another order', () => {
    expect(refines(local.slice(0, 2), local)).toBe(false);
    expect(refines([local[1], local[0], local[2]], local)).toBe(false);
  });

  it('rejects a copy whose headline or relation was edited since', () => {
    expect(refines([unresolved('Mayor resign'), local[1], local[2]], local)).toBe(false);
    expect(refines([{ ...local[0], relation: 'follow-up' }, local[1], local[2]], local)).toBe(false);
  });

  it('rejects a copy pointing at another article or address than the local link', () => {
    expect(refines([local[0], local[1], toArticle('Flood defences hold', 'article-0002')], local)).toBe(false);
    expect(refines([local[0], toWeb('River levels', 'https://example.com/other'), local[2]], local)).toBe(false);
  });

  it('rejects an unresolved copy of a link resolved locally since', () => {
    expect(refines([local[0], local[1], unresolved('Flood defences hold')], local)).toBe(false);
    expect(refines([local[0], unresolved('River levels'), local[2]], local)).toBe(false);
  });
});
