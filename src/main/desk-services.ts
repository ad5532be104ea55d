/**
 * The services of one open desk, composed over one store. Main's IPC, the
 * browser-test harness and the CLI all build exactly this.
 */
import type { DeskInfo } from '../shared/api';
import type { ArticleStore, Clock } from './store/article-store';
import { createArticleService, type ArticleService } from './services/articles';
import { createBriefingImportService, type BriefingImportService } from './services/briefing-import';
import { createRelatedService, type RelatedService } from './services/related';
import { createSpeakerService, type SpeakerService } from './services/speakers';

export interface DeskServices {
  articles: ArticleService;
  briefings: BriefingImportService;
  speakers: SpeakerService;
  related: RelatedService;
  info: () => DeskInfo;
}

export function createDeskServices(store: ArticleStore, clock: Clock, version: string): DeskServices {
  const related = createRelatedService(store);
  const articles = createArticleService(store, clock, [related.hooks]);
  return {
    articles,
    briefings: createBriefingImportService(articles),
    speakers: createSpeakerService(store, clock),
    related,
    info: () => ({ dataDir: store.dataDir, version, storeWarnings: [...store.warnings] }),
  };
}
