/**
 * Headline variants: the web, print, social and SEO headlines, each optional
 * (an absent one falls back to the main headline) and each with its own
 * length target in characters.
 *
 * Targets, where the issue was silent: web 70 (a homepage card's two lines),
 * print 45 (a one-column, two-deck head), social 100 (a share card's title
 * before it is cut), SEO 60 (what a search result shows before it truncates).
 */
export const HEADLINE_ROLES = ['web', 'print', 'social', 'seo'] as const;
export type HeadlineRole = (typeof HEADLINE_ROLES)[number];

export const HEADLINE_TARGETS: Record<HeadlineRole, number> = { web: 70, print: 45, social: 100, seo: 60 };

export const HEADLINE_ROLE_LABELS: Record<HeadlineRole, string> = { web: 'Web', print: 'Print', social: 'Social', seo: 'SEO' };

/** Where a headline stands against its target: within it, close to it (the last tenth), or over. */
export type HeadlineFit = 'within' | 'near' | 'over';

export function headlineFit(text: string, role: HeadlineRole): HeadlineFit {
  const length = [...text.trim()].length;
  const target = HEADLINE_TARGETS[role];
  if (length > target) return 'over';
  return length > target * 0.9 ? 'near' : 'within';
}

/** The headline a role uses: its own variant, else the main headline. */
export function headlineFor(role: HeadlineRole, article: { headline: string; headlines?: Partial<Record<HeadlineRole, string>> }): string {
  const variant = article.headlines?.[role]?.trim();
  return variant || article.headline;
}
