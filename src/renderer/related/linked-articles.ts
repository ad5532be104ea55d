/**
 * LinkedArticles: the stored articles an article's related links point at, as
 * they are now (headline, dateline, status), so a row shows a renamed story's
 * current headline. Reads are by id through the desk; an article that cannot
 * be read is left out (its link keeps showing the headline it stores).
 */
import type { ReactiveControllerHost } from 'lit';

import type { HeadlineMatch } from '../../shared/ipc/api';
import type { RelatedLink } from '../../shared/related-link';
import { desk } from '../desk';

export class LinkedArticles {
  private byId = new Map<string, HeadlineMatch>();
  private request = 0;

  constructor(private readonly host: ReactiveControllerHost) {}

  get(id: string): HeadlineMatch | undefined {
    return this.byId.get(id);
  }

  /** Knows `article` now (just picked or created); the host redraws. */
  remember(article: HeadlineMatch): void {
    this.byId = new Map(this.byId).set(article.id, article);
    this.host.requestUpdate();
  }

  forget(): void {
    this.request++;
    this.byId = new Map();
  }

  /**
   * Reads the articles `links` point at: all of them when `everything`, else only ones not known yet.
   * A later call wins; `stillWanted` says whether the answer still belongs on screen.
   */
  async lookUp(links: readonly RelatedLink[], everything: boolean, stillWanted: () => boolean): Promise<void> {
    const request = ++this.request;
    const ids = [...new Set(links.map((link) => link.articleId).filter((id): id is string => Boolean(id)))];
    const missing = everything ? ids : ids.filter((id) => !this.byId.has(id));
    const found = await Promise.all(
      missing.map((id) =>
        desk.getArticle({ id }).then(
          ({ id: found, headline, dateline, status }) => ({ id: found, headline, dateline, status }),
          () => null,
        ),
      ),
    );
    if (request !== this.request || !stillWanted()) return;
    const known = new Map(everything ? [] : this.byId);
    for (const article of found) if (article) known.set(article.id, article);
    this.byId = known;
    this.host.requestUpdate();
  }
}
