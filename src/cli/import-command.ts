/**
 * `desk import FILE... [--data-dir DIR] [--dry-run] [--json]`
 *
 * Briefings (.txt), Markdown (.md, .markdown) and HTML (.html, .htm).
 * All or nothing: every file is read and parsed first; if any cannot be
 * read, nothing is imported and each bad file is named.
 */
import { basename } from 'node:path';
import { bodyParagraphs } from '../shared/body-text';
import { parseBriefing, type ParsedBriefing } from '../shared/briefing-parser';
import * as v from 'valibot';
import { ArticleFieldsSchema, type ArticleFields } from '../shared/article';
import { DeskError } from '../shared/errors';
import { openDesk } from '../main/open-desk';
import { briefingToFields } from '../main/services/briefing-import';
import { describeIssues } from '../shared/validation-issues';
import { documentFormatOf, parseDocument } from '../main/services/document-import';
import type { CommandContext } from './command-context';
import { readInputFile } from './read-input-file';

export interface ImportedBriefingJson {
  id: string | null;
  headline: string;
  dateline: string;
  byline: string;
  paragraphs: string[];
  related: string[];
}

/** Reads and parses one file, and checks its fields against the article model, before anything is stored. */
async function readBriefing(file: string): Promise<{ file: string; text: string; briefing: ParsedBriefing; document?: boolean }> {
  const text = await readInputFile(file);
  const format = documentFormatOf(file);
  if (format === null) {
    const briefing = parseBriefing(text, basename(file));
    checkFields(file, briefingToFields(briefing));
    return { file, text, briefing };
  }
  // Markdown and HTML are parsed here too, so a bad one stops the whole import before anything is stored.
  const document = parseDocument({ text, fileName: basename(file), format });
  const { headline, dateline, byline, status, related } = document;
  checkFields(file, { headline, dateline, byline, status, related });
  const paragraphs = bodyParagraphs(document.body);
  return {
    file,
    text,
    document: true,
    briefing: { headline: document.headline, dateline: document.dateline, paragraphs, related: document.related.map((link) => link.headline), warnings: document.warnings },
  };
}

/** Throws a DeskError naming the file and the field when the article model would refuse it. */
function checkFields(file: string, fields: ArticleFields): void {
  const result = v.safeParse(ArticleFieldsSchema, fields);
  if (!result.success) throw new DeskError('invalid-request', `"${file}" cannot be imported: ${describeIssues(result.issues)}.`);
}

export async function importCommand(files: string[], context: CommandContext): Promise<number> {
  if (files.length === 0) return context.usageError('desk import needs at least one FILE.');
  const results = await Promise.allSettled(files.map(readBriefing));
  const failures = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as Error] : []));
  if (failures.length > 0) {
    for (const failure of failures) context.error(failure.message);
    context.error(`Nothing was imported. Fix or leave out ${failures.length === 1 ? 'that file' : 'those files'} and run desk import again.`);
    return 1;
  }
  const briefings = results.map((result) => (result as PromiseFulfilledResult<Awaited<ReturnType<typeof readBriefing>>>).value);

  const imported: ImportedBriefingJson[] = [];
  if (context.options.dryRun) {
    for (const { briefing } of briefings) {
      imported.push({ id: null, headline: briefing.headline, dateline: briefing.dateline, byline: '', paragraphs: briefing.paragraphs, related: briefing.related });
    }
  } else {
    const desk = await openDesk({ dataDir: context.dataDir });
    try {
      for (const { file, text, document } of briefings) {
        const fileName = basename(file);
        const { article } = document
          ? await desk.services.documents.importDocument({ text, fileName })
          : await desk.services.briefings.importBriefing({ text, fileName });
        imported.push({
          id: article.id,
          headline: article.headline,
          dateline: article.dateline,
          byline: article.byline,
          paragraphs: bodyParagraphs(article.body),
          related: article.related.map((link) => link.headline),
        });
      }
    } finally {
      await desk.close();
    }
  }

  if (context.options.json) {
    context.print(JSON.stringify(imported, null, 2));
  } else {
    const verb = context.options.dryRun ? 'Would import' : 'Imported';
    briefings.forEach(({ file, briefing }, index) => {
      const details = `${briefing.dateline || 'no dateline'}, ${briefing.paragraphs.length} paragraphs, ${briefing.related.length} related`;
      const where = imported[index].id ? ` as ${imported[index].id}` : '';
      context.print(`${verb} “${briefing.headline}” (${details}) from ${file}${where}`);
      for (const warning of briefing.warnings) context.print(`  note: ${warning}`);
    });
  }
  return 0;
}
