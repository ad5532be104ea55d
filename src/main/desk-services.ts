/**
 * The services of one open desk, composed over one store. Main's IPC, the
 * browser-test harness and the CLI all build exactly this.
 */
import type { DeskInfo } from '../shared/ipc/api';
import { ImportParser } from './import/import-parser';
import { PictureIntakeWorker } from './media/picture-intake-worker';
import { type Clock, type DeskPorts, noDialogs, noShell } from './ports';
import { type ArticlePageService, createArticlePageService } from './services/article-pages';
import { type ArticleService, createArticleService } from './services/articles';
import { type BatchExportService, createBatchExportService } from './services/batch-export';
import { type BriefingImportService, createBriefingImportService } from './services/briefing-import';
import { createDocumentImportService, type DocumentImportService } from './services/document-import';
import { createMediaService, type MediaService } from './services/media';
import { createOutsideLinksService, type OutsideLinksService } from './services/outside-links';
import { createRecoveryService, type RecoveryService } from './services/recovery';
import { createRelatedService, type RelatedService } from './services/related';
import { createRevisionService, type RevisionService } from './services/revisions';
import { createSettingsService, type SettingsService } from './services/settings';
import { createSpeakerService, type SpeakerService } from './services/speakers';
import { createSpellingService, type SpellingService } from './services/spelling';
import type { ArticleStore } from './store/article-store';
import { RecoveryJournal } from './store/recovery-journal';
import { RevisionStore } from './store/revision-store';

export interface DeskServices {
  articles: ArticleService;
  pages: ArticlePageService;
  briefings: BriefingImportService;
  speakers: SpeakerService;
  related: RelatedService;
  revisions: RevisionService;
  spelling: SpellingService;
  /** Who is editing, the language of new stories, the desk's time zone. */
  settings: SettingsService;
  documents: DocumentImportService;
  exports: BatchExportService;
  recovery: RecoveryService;
  outside: OutsideLinksService;
  /** Pictures: stored once by content hash in `<data>/media/`, taken in by a worker thread. */
  media: MediaService;
  /** Parses imported files in a worker thread; `cancel()` stops the running parse. */
  importParser: ImportParser;
  info: () => DeskInfo;
  /** Stops the worker threads (the store is closed by its owner). */
  close: () => Promise<void>;
}

export function createDeskServices(store: ArticleStore, clock: Clock, version: string, ports: DeskPorts = {}): DeskServices {
  const related = createRelatedService(store);
  const settings = createSettingsService(store.dataDir, clock, { warnings: store.warnings });
  const revisions = createRevisionService(new RevisionStore(store.dataDir, clock, store.warnings), clock, () => settings.displayName());
  const articles = createArticleService(store, clock, [related.hooks, revisions.hooks], async () => (await settings.read()).language);
  revisions.connect(articles);
  const speakers = createSpeakerService(store, clock);
  const importParser = new ImportParser();
  const spelling = createSpellingService(store, clock);
  const media = createMediaService(store.dataDir, new PictureIntakeWorker());
  return {
    articles,
    briefings: createBriefingImportService(articles, importParser, store),
    speakers,
    pages: createArticlePageService(store, articles),
    related,
    revisions,
    spelling,
    settings,
    documents: createDocumentImportService(store, articles, speakers, importParser, media),
    exports: createBatchExportService(store, ports.dialogs ?? noDialogs, ports.onExportProgress),
    recovery: createRecoveryService(new RecoveryJournal(store.dataDir), clock),
    outside: createOutsideLinksService(ports.shell ?? noShell),
    importParser,
    media,
    info: () => ({ dataDir: store.dataDir, version, storeWarnings: [...store.warnings] }),
    close: async () => {
      await Promise.all([importParser.close(), spelling.close(), media.close()]);
    },
  };
}
