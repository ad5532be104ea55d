/** URL- and file-name-safe slugs from headlines. */

const MAX_SLUG_LENGTH = 80;

/**
 * Lower-case ASCII words joined by "-": accents folded, quotes dropped,
 * everything else a separator. Never empty: falls back to "untitled".
 */
export function slugify(headline: string): string {
  const slug = headline
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘"“”]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/g, '');
  return slug === '' ? 'untitled' : slug;
}
