/**
 * The services of one open desk, composed over one store. Main's IPC, the
 * browser-test harness and the CLI all build exactly this.
 */
import type { DeskInfo } from '../shared/api';
import type { ArticleStore, Clock } from './store/article-store';
import { createArticleService, type ArticleService } from './services/articles';
import { createBriefingImportService, type BriefingImportService } from './services/briefing-import';
import { createRelatedService, type RelatedService } from './services/related';
import { createRevisionService, type RevisionService } from './services/revisions';
import { createSpellingService, type SpellingService } from './services/spelling';
import { RevisionStore } from './store/revision-store';
import { createSpeakerService, type SpeakerService } from './services/speakers';

export interface DeskServices {
  articles: ArticleService;
  briefings: BriefingImportService;
  speakers: SpeakerService;
  related: RelatedService;
  revisions: RevisionService;
  spelling: SpellingService;
  info: () => DeskInfo;
}

export function createDeskServices(store: ArticleStore, clock: Clock, version: string): DeskServices {
  const related = createRelatedService(store);
  const revisions = createRevisionService(new RevisionStore(store.dataDir, clock, store.warnings), clock);
  const articles = createArticleService(store, clock, [related.hooks, revisions.hooks]);
  revisions.connect(articles);
  return {
    articles,
    briefings: createBriefingImportService(articles),
    speakers: createSpeakerService(store, clock),
    related,
    revisions,
    spelling: createSpellingService(store, clock),
    info: () => ({ dataDir: store.dataDir, version, storeWarnings: [...store.warnings] }),
  };
}
