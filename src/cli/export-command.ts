/**
 * `desk export (ID...|--all) --format html|md|ninjs [--review] [--out DIR] [--include-embargoed] [--data-dir DIR] [--json]`
 *
 * A story under embargo is not exported (it is named, with its embargo, and
 * the exit code is 1) unless `--include-embargoed`; then it is exported with a
 * warning, and its files carry the embargo.
 * Writes each article as `<slug>.<ext>` into DIR (default: the current
 * folder), one file per format (`--format` repeats or takes a comma list).
 * An article that fails — one with open suggestions is refused for publishing —
 * is named, nothing is written for it, and the rest still export; the exit code
 * is then 1. `--review` writes review copies instead (`<slug>.review.html`,
 * `<slug>.review.md`; both unless `--format` picks one) with the suggestions
 * and notes in them. `--json` prints the report: `{ folder, files, failures, cancelled }`.
 */
import { resolve } from 'node:path';

import { folderTarget } from '../main/services/batch-export';
import { EXPORT_FORMATS, type ExportFormat, REVIEW_FORMATS } from '../shared/export/export-context';
import { describeEmbargo, isEmbargoed } from '../shared/metadata/embargo';
import type { CommandContext } from './command-context';
import { openCommandDesk } from './open-command-desk';

export interface ExportCommandOptions {
  formats: string[];
  out?: string;
  all: boolean;
  review?: boolean;
  /** Export stories under embargo too (with a warning) instead of refusing them. */
  includeEmbargoed?: boolean;
}

export async function exportCommand(ids: string[], options: ExportCommandOptions, context: CommandContext): Promise<number> {
  const formats = options.formats
    .flatMap((value) => value.split(','))
    .map((value) => value.trim().toLowerCase())
    .filter(Boolean);
  if (formats.length === 0 && options.review) formats.push(...REVIEW_FORMATS);
  if (options.review && formats.some((format) => format === 'ninjs'))
    return context.usageError('A review copy is written as HTML or Markdown (--format html,md); ninjs is for publishing only.');
  if (formats.length === 0) return context.usageError(`desk export needs --format (${EXPORT_FORMATS.join(', ')}).`);
  const unknown = formats.filter((format) => !(EXPORT_FORMATS as readonly string[]).includes(format));
  if (unknown.length > 0)
    return context.usageError(`Unknown format ${unknown.map((format) => `"${format}"`).join(', ')}: choose ${EXPORT_FORMATS.join(', ')}.`);
  if (options.all === ids.length > 0)
    return context.usageError(
      options.all ? 'Give article ids or --all, not both.' : 'Name the articles to export (ids from desk list) or pass --all.',
    );

  const folder = resolve(options.out ?? '.');
  const desk = await openCommandDesk(context);
  let report;
  const refused: string[] = [];
  try {
    const now = new Date();
    const wanted = new Set(ids);
    const embargoed = (await desk.services.articles.list()).filter(
      (row) => (options.all || wanted.has(row.id)) && row.embargo && isEmbargoed(row.embargo, now),
    );
    for (const row of embargoed) {
      const story = `“${row.headline || 'Untitled'}” (${row.id}) is under embargo until ${describeEmbargo(row.embargo!)}`;
      if (options.includeEmbargoed)
        context.error(`warning: ${story}; exported anyway (--include-embargoed), and its files carry the embargo.`);
      else {
        context.error(`${story}: not exported. Pass --include-embargoed to export it with its embargo.`);
        refused.push(row.id);
      }
    }
    const skip = new Set(refused);
    const chosen = options.all ? (await desk.services.articles.list()).map((row) => row.id) : ids;
    report = await desk.services.exports.exportTo(folderTarget(folder), {
      ids: options.all && skip.size === 0 ? undefined : chosen.filter((id) => !skip.has(id)),
      all: options.all && skip.size === 0,
      formats: [...new Set(formats)] as ExportFormat[],
      review: options.review ?? false,
    });
  } finally {
    await desk.close();
  }
  if (context.options.json) {
    context.print(JSON.stringify(report, null, 2));
  } else {
    for (const file of report.files) context.print(`Wrote ${resolve(folder, file)}`);
    if (report.files.length === 0 && report.failures.length === 0)
      context.print(`Nothing to export: the desk in ${context.dataDir} has no articles.`);
  }
  for (const failure of report.failures)
    context.error(`Could not export ${failure.headline ? `“${failure.headline}” ` : ''}(${failure.id}): ${failure.message}`);
  return report.failures.length > 0 || refused.length > 0 ? 1 : 0;
}
