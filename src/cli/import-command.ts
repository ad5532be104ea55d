/**
 * `desk import FILE... [--data-dir DIR] [--dry-run] [--json]`
 *
 * Briefings (.txt), Markdown (.md, .markdown) and HTML (.html, .htm).
 * All or nothing: every file is read and parsed first; if any cannot be
 * read, nothing is imported and each bad file is named.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { bodyParagraphs } from '../shared/body-text';
import { parseBriefing, type ParsedBriefing } from '../shared/briefing-parser';
import { DeskError } from '../shared/errors';
import { openDesk } from '../main/open-desk';
import { documentFormatOf, parseDocument } from '../main/services/document-import';
import type { CommandContext } from './command-context';

export interface ImportedBriefingJson {
  id: string | null;
  headline: string;
  dateline: string;
  byline: string;
  paragraphs: string[];
  related: string[];
}

async function readBriefing(file: string): Promise<{ file: string; text: string; briefing: ParsedBriefing; document?: boolean }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new DeskError('not-a-briefing', `Cannot read "${file}": ${reason}.`);
  }
  const format = documentFormatOf(file);
  if (format === null) return { file, text, briefing: parseBriefing(text, basename(file)) };
  // Markdown and HTML are parsed here too, so a bad one stops the whole import before anything is stored.
  const document = parseDocument({ text, fileName: basename(file), format });
  const paragraphs = bodyParagraphs(document.body);
  return {
    file,
    text,
    document: true,
    briefing: { headline: document.headline, dateline: document.dateline, paragraphs, related: document.related.map((link) => link.headline), warnings: document.warnings },
  };
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
