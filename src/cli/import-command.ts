/**
 * `desk import FILE... [--data-dir DIR] [--dry-run] [--json]`
 *
 * Briefings (.txt), Markdown (.md, .markdown) and HTML (.html, .htm).
 * All or nothing: every file is read, parsed (in the import worker, with the
 * app's size cap) and checked against the article model first; if any fails,
 * nothing is imported and each bad file is named. The articles and the
 * speakers they add are then written as one batch a crash cannot split
 * (ArticleStore.writeBatch): after a kill, the desk holds all of them or none.
 * Links in articles already in the desk that name an imported story are
 * resolved right after that commit; a kill at that moment can leave some of
 * those as unresolved headlines, which the next import or edit resolves.
 * Pictures a Markdown or HTML file names (`![alt](photos/quay.jpg "caption")`,
 * `<img src>`) are read from beside the file and stored in media/ just before
 * (a picture that cannot be had is left out with a note; a refused batch can
 * leave pictures in media/, which are harmless: named by their content, unused).
 */
import { basename, dirname } from 'node:path';

import * as v from 'valibot';

import { ImportParser } from '../main/import/import-parser';
import { documentFormatOf, type ParsedImport } from '../main/import/parse-import';
import { folderPictureSource } from '../main/media/folder-picture-source';
import { bringInPictures, hasPictures } from '../main/media/imported-pictures';
import { briefingToFields } from '../main/services/briefing-import';
import { type ArticleFields, ArticleFieldsSchema } from '../shared/article';
import { bodyParagraphs } from '../shared/body-text';
import { DeskError } from '../shared/errors';
import { describeEmbargo, isEmbargoed } from '../shared/metadata/embargo';
import type { Speaker } from '../shared/speaker';
import { describeIssues } from '../shared/validation-issues';
import type { CommandContext } from './command-context';
import { openCommandDesk } from './open-command-desk';
import { readInputFile } from './read-input-file';

export interface ImportedBriefingJson {
  id: string | null;
  headline: string;
  dateline: string;
  byline: string;
  paragraphs: string[];
  related: string[];
}

interface ReadFile {
  file: string;
  parsed: ParsedImport;
  /** Notes from decoding and parsing. */
  warnings: string[];
}

/** Reads and parses one file, and checks its fields against the article model, before anything is stored. */
async function readFile(file: string, parser: ImportParser): Promise<ReadFile> {
  const { text, warnings } = await readInputFile(file);
  const parsed = await parser.parse({ text, fileName: basename(file), format: documentFormatOf(file) ?? 'briefing' });
  if (parsed.format === 'briefing') {
    checkFields(file, briefingToFields(parsed.briefing));
    return { file, parsed, warnings: [...warnings, ...parsed.briefing.warnings] };
  }
  const { headline, dateline, byline, status, related, metadata } = parsed.article;
  checkFields(file, { headline, dateline, byline, status, related, ...metadata });
  const embargo = isEmbargoed(metadata?.embargo, new Date()) ? [`under embargo until ${describeEmbargo(metadata!.embargo!)}`] : [];
  return { file, parsed, warnings: [...warnings, ...parsed.article.warnings, ...embargo] };
}

/** Throws a DeskError naming the file and the field when the article model would refuse it. */
function checkFields(file: string, fields: ArticleFields): void {
  const result = v.safeParse(ArticleFieldsSchema, fields);
  if (!result.success) throw new DeskError('invalid-request', `"${file}" cannot be imported: ${describeIssues(result.issues)}.`);
}

/** What a parsed file would become, as `--json` prints it (before any id exists). */
function preview(parsed: ParsedImport): ImportedBriefingJson {
  if (parsed.format === 'briefing') {
    const { headline, dateline, paragraphs, related } = parsed.briefing;
    return { id: null, headline, dateline, byline: '', paragraphs, related };
  }
  const { headline, dateline, byline, body, related } = parsed.article;
  return { id: null, headline, dateline, byline, paragraphs: bodyParagraphs(body), related: related.map((link) => link.headline) };
}

function refuse(context: CommandContext, failures: Error[]): number {
  for (const failure of failures) context.error(failure.message);
  context.error(`Nothing was imported. Fix or leave out ${failures.length === 1 ? 'that file' : 'those files'} and run desk import again.`);
  return 1;
}

export async function importCommand(files: string[], context: CommandContext): Promise<number> {
  if (files.length === 0) return context.usageError('desk import needs at least one FILE.');
  const parser = new ImportParser();
  const read: ReadFile[] = [];
  const failures: Error[] = [];
  try {
    for (const file of files) {
      try {
        read.push(await readFile(file, parser));
      } catch (error) {
        if (!(error instanceof DeskError)) throw error;
        failures.push(error);
      }
    }
  } finally {
    await parser.close();
  }
  if (failures.length > 0) return refuse(context, failures);

  const imported = read.map(({ parsed }) => preview(parsed));
  if (!context.options.dryRun) {
    const desk = await openCommandDesk(context);
    try {
      const drafted: Speaker[] = [];
      const fieldsList: ArticleFields[] = [];
      for (const { file, parsed, warnings } of read) {
        try {
          // Pictures beside the document come into media/ first (never from outside its folder or the network).
          if (parsed.format !== 'briefing' && hasPictures(parsed.article.body))
            parsed.article.body = await bringInPictures(
              parsed.article.body,
              folderPictureSource(dirname(file)),
              desk.services.media,
              warnings,
            );
          fieldsList.push(
            parsed.format === 'briefing'
              ? briefingToFields(parsed.briefing)
              : desk.services.documents.plan(parsed.article, basename(file), drafted).fields,
          );
        } catch (error) {
          if (!(error instanceof DeskError)) throw error;
          failures.push(error);
        }
      }
      if (failures.length > 0) return refuse(context, failures);
      const articles = await desk.services.articles.createBatch(fieldsList, drafted);
      articles.forEach((article, index) => {
        imported[index] = {
          id: article.id,
          headline: article.headline,
          dateline: article.dateline,
          byline: article.byline,
          paragraphs: bodyParagraphs(article.body),
          related: article.related.map((link) => link.headline),
        };
      });
    } finally {
      await desk.close();
    }
  }

  if (context.options.json) {
    context.print(JSON.stringify(imported, null, 2));
  } else {
    const verb = context.options.dryRun ? 'Would import' : 'Imported';
    read.forEach(({ file, warnings }, index) => {
      const { headline, dateline, paragraphs, related, id } = imported[index];
      const details = `${dateline || 'no dateline'}, ${paragraphs.length} paragraphs, ${related.length} related`;
      context.print(`${verb} “${headline}” (${details}) from ${file}${id ? ` as ${id}` : ''}`);
      for (const warning of warnings) context.print(`  note: ${warning}`);
    });
  }
  return 0;
}
