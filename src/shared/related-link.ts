/**
 * Related stories: ordered links from an article to a stored article (by id),
 * to an external story (URL + headline), or — until someone resolves it — to a
 * headline alone (an *unresolved* link, as a briefing's "Related Stories:" block gives).
 */
import * as v from 'valibot';

import { idSchema } from './record-key';

export const RELATIONS = ['see-also', 'follow-up', 'background', 'previous'] as const;
export const RelationSchema = v.picklist(RELATIONS);
export type Relation = v.InferOutput<typeof RelationSchema>;

/** The longest web address a related link may hold, in characters, as stored (percent-encoded). */
export const MAX_URL_LENGTH = 2000;

const ExternalUrlSchema = v.pipe(
  v.string(),
  v.maxLength(MAX_URL_LENGTH),
  v.url('A related link needs a full web address, such as https://example.com/story.'),
  v.check((url) => /^https?:\/\//i.test(url), 'A related link must be an http or https address.'),
);

export const RelatedLinkSchema = v.pipe(
  v.object({
    /** The headline shown for the link: the stored article's last known headline, the external story's, or the unresolved one. */
    headline: v.pipe(v.string(), v.trim(), v.minLength(1, 'A related link needs a headline.'), v.maxLength(500)),
    articleId: v.optional(v.nullable(idSchema('An article')), null),
    url: v.optional(v.nullable(ExternalUrlSchema), null),
    relation: v.optional(RelationSchema, 'see-also'),
  }),
  v.check((link) => !(link.articleId && link.url), 'A related link points at a stored article or at a URL, not both.'),
);
export type RelatedLink = v.InferOutput<typeof RelatedLinkSchema>;

/** True for a link that points nowhere yet: a headline waiting to be resolved. */
export function isUnresolved(link: RelatedLink): boolean {
  return !link.articleId && !link.url;
}

/**
 * The form two headlines are compared in: case, accents, punctuation, quote
 * style and spacing folded. "China opposes ‘hacking’ allegations." and
 * "china opposes hacking allegations" are the same headline.
 */
export function normalizeHeadline(headline: string): string {
  return headline
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘'"“”`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
