/**
 * The services of one open desk, composed over one store. Main's IPC, the
 * browser-test harness and the CLI all build exactly this.
 */
import type { DeskInfo } from '../shared/ipc/api';
import { type Clock, type DeskPorts, noDialogs } from './ports';
import { type ArticlePageService, createArticlePageService } from './services/article-pages';
import { type ArticleService, createArticleService } from './services/articles';
import { type BatchExportService, createBatchExportService } from './services/batch-export';
import { type BriefingImportService, createBriefingImportService } from './services/briefing-import';
import { createDocumentImportService, type DocumentImportService } from './services/document-import';
import { createRelatedService, type RelatedService } from './services/related';
import { createRevisionService, type RevisionService } from './services/revisions';
import { createSpeakerService, type SpeakerService } from './services/speakers';
import { createSpellingService, type SpellingService } from './services/spelling';
import type { ArticleStore } from './store/article-store';
import { RevisionStore } from './store/revision-store';

export interface DeskServices {
  articles: ArticleService;
  pages: ArticlePageService;
  briefings: BriefingImportService;
  speakers: SpeakerService;
  related: RelatedService;
  revisions: RevisionService;
  spelling: SpellingService;
  documents: DocumentImportService;
  exports: BatchExportService;
  info: () => DeskInfo;
}

export function createDeskServices(store: ArticleStore, clock: Clock, version: string, ports: DeskPorts = {}): DeskServices {
  const related = createRelatedService(store);
  const revisions = createRevisionService(new RevisionStore(store.dataDir, clock, store.warnings), clock);
  const articles = createArticleService(store, clock, [related.hooks, revisions.hooks]);
  revisions.connect(articles);
  const speakers = createSpeakerService(store, clock);
  return {
    articles,
    briefings: createBriefingImportService(articles),
    speakers,
    pages: createArticlePageService(store, articles),
    related,
    revisions,
    spelling: createSpellingService(store, clock),
    documents: createDocumentImportService(store, articles, speakers),
    exports: createBatchExportService(store, ports.dialogs ?? noDialogs, ports.onExportProgress),
    info: () => ({ dataDir: store.dataDir, version, storeWarnings: [...store.warnings] }),
  };
}
