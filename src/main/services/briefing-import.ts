/**
 * Importing briefings: text in the desk's briefing format becomes an article.
 * The renderer sends the text it read from a dropped or chosen file (never a
 * path); the CLI and first-run seeding read files and call the same function.
 */
import type { ArticleFields } from '../../shared/article';
import { bodyToPlainText, paragraphsToBody } from '../../shared/body-text';
import { parseBriefing, type ParsedBriefing } from '../../shared/briefing-parser';
import { DeskError } from '../../shared/errors';
import type { ImportResult } from '../../shared/ipc/api';
import type { ImportParser } from '../import/import-parser';
import type { ArticleStore } from '../store/article-store';
import type { ArticleService } from './articles';
import { duplicateWarning } from './duplicate-check';

export interface BriefingImportRequest {
  text: string;
  fileName?: string;
  /** Fill this empty article instead of creating one. */
  intoId?: string;
}

/** The article fields a parsed briefing becomes. */
export function briefingToFields(briefing: ParsedBriefing): ArticleFields {
  return {
    headline: briefing.headline,
    dateline: briefing.dateline,
    ...(briefing.byline ? { byline: briefing.byline } : {}),
    body: paragraphsToBody(briefing.paragraphs),
    related: briefing.related.map((headline) => ({ headline, articleId: null, url: null, relation: 'see-also' as const })),
  };
}

export type BriefingImportService = ReturnType<typeof createBriefingImportService>;

export function createBriefingImportService(articles: ArticleService, parser: ImportParser, store?: ArticleStore) {
  return {
    /** Parses (in the import worker) and stores a briefing. Bad input throws DeskError('not-a-briefing') and stores nothing. */
    async importBriefing({ text, fileName, intoId }: BriefingImportRequest): Promise<ImportResult> {
      const parsed = await parser.parse({ text, fileName, format: 'briefing' });
      if (parsed.format !== 'briefing') throw new DeskError('internal', 'A briefing parsed as a document.');
      const briefing = parsed.briefing;
      const fields = briefingToFields(briefing);
      const duplicate = store ? await duplicateWarning(store, fields) : null;
      const warnings = duplicate ? [...briefing.warnings, duplicate] : briefing.warnings;
      if (!intoId) return { article: await articles.create(fields), warnings, recognised: briefing.recognised };
      const target = await articles.get(intoId);
      if (target.headline.trim() !== '' || bodyToPlainText(target.body).trim() !== '') {
        throw new DeskError(
          'invalid-request',
          'A briefing can only be pasted into an empty article. Create a new article (Ctrl+N) and paste it there.',
        );
      }
      return { article: await articles.update(intoId, fields), warnings, recognised: briefing.recognised };
    },

    /**
     * Stores one of the app's own seed briefings (data/*.txt: small and trusted),
     * parsed by the same parser in this thread, so a first start does not wait for the import worker.
     */
    async importSeedBriefing({ text, fileName }: { text: string; fileName: string }): Promise<ImportResult> {
      const briefing = parseBriefing(text, fileName);
      return { article: await articles.create(briefingToFields(briefing)), warnings: briefing.warnings };
    },
  };
}
