/**
 * Saving with a safety net: an article save that fails because the disk
 * refused it keeps the edits in the recovery journal, and the next successful
 * save of that article forgets them. The window asks for what was kept when it
 * opens an article (after a crash, or a restart while the disk was full).
 */
import type { Article, ArticleFields } from '../../shared/article';
import type { Clock } from '../ports';
import type { RecoveredEdit, RecoveryJournal } from '../store/recovery-journal';
import { storageFailure } from '../store/storage-failure';

export interface RecoveryService {
  /** Saves through `save`; on a storage failure keeps `fields` in the journal, then fails as `save` did. */
  save(articleId: string, fields: ArticleFields, save: () => Promise<Article>): Promise<Article>;
  /** The edits kept for an article that no save has stored since, or null. */
  recovered(articleId: string): Promise<RecoveredEdit | null>;
  /** Forgets the kept edits (the person discarded them, or stored them). */
  discard(articleId: string): Promise<void>;
}

export function createRecoveryService(journal: RecoveryJournal, clock: Clock): RecoveryService {
  return {
    async save(articleId, fields, save) {
      let stored: Article;
      try {
        stored = await save();
      } catch (error) {
        if (storageFailure(error)) await journal.keep(articleId, fields, clock.now());
        throw error;
      }
      await journal.clear(articleId).catch(() => undefined);
      return stored;
    },
    recovered: (articleId) => journal.read(articleId),
    discard: (articleId) => journal.clear(articleId),
  };
}
