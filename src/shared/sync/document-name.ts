/**
 * A desk document is one article: its Hocuspocus document name is the article id
 * and nothing else, so a name that is not an article id is refused.
 */
import * as v from 'valibot';

import { ArticleIdSchema } from '../article';

/** True when `name` can name a desk document (it is a well-formed article id). */
export function isArticleDocumentName(name: string): boolean {
  return v.is(ArticleIdSchema, name);
}
