/**
 * Reads a Markdown file — ours (front matter as article-markdown.ts writes it)
 * or anyone's — into an ImportedArticle. Without front matter, a leading `#`
 * heading is the headline.
 */
import { parse } from 'yaml';
import { bodyToPlainText } from '../body-text';
import { ARTICLE_STATUSES, type ArticleStatus } from '../article';
import { DeskError } from '../errors';
import type { MarkdownFrontMatter } from '../export/article-markdown';
import { RELATIONS, type Relation, type RelatedLink } from '../related-link';
import type { ImportedArticle, ImportedSpeaker } from './imported-article';
import { markdownToBody, type MarkdownParseOptions } from './markdown-body';

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function readFrontMatter(source: string, fileName?: string): { front: MarkdownFrontMatter; rest: string } {
  const match = FRONT_MATTER.exec(source);
  if (!match) return { front: {}, rest: source.replace(/^\uFEFF/, '') };
  let front: unknown;
  try {
    front = parse(match[1]);
  } catch (error) {
    throw new DeskError('not-a-briefing', `The front matter of ${fileName ? `"${fileName}"` : 'this Markdown'} is not valid YAML (${(error as Error).message.split('\n')[0]}). Fix it or remove the block between the --- lines.`);
  }
  return { front: typeof front === 'object' && front !== null ? (front as MarkdownFrontMatter) : {}, rest: source.slice(match[0].length) };
}

function readSpeakers(front: MarkdownFrontMatter): ImportedSpeaker[] {
  if (!Array.isArray(front.speakers)) return [];
  return front.speakers.flatMap((entry, index) => {
    const name = text(entry?.name).trim();
    if (!name) return [];
    return [{
      id: text(entry.id) || `file-speaker-${index + 1}`,
      name,
      aliases: Array.isArray(entry.aliases) ? entry.aliases.map(text).filter(Boolean) : [],
      role: text(entry.role),
      organization: text(entry.organization),
    }];
  });
}

function readRelated(front: MarkdownFrontMatter): RelatedLink[] {
  if (!Array.isArray(front.related)) return [];
  return front.related.flatMap((entry) => {
    const headline = text(entry?.headline).trim();
    if (!headline) return [];
    const relation = (RELATIONS as readonly string[]).includes(text(entry.relation)) ? (entry.relation as Relation) : 'see-also';
    const url = /^https?:\/\//i.test(text(entry.url)) ? text(entry.url) : null;
    return [{ headline, articleId: url ? null : text(entry.articleId) || null, url, relation }];
  });
}

export function importMarkdownArticle(source: string, fileName?: string, options: MarkdownParseOptions = {}): ImportedArticle {
  const { front, rest } = readFrontMatter(source, fileName);
  let markdown = rest;
  let headline = text(front.title);
  if (front.title === undefined) {
    const heading = /^\s*#[ \t]+(.+?)[ \t]*#*[ \t]*(?:\r?\n|$)/.exec(markdown);
    if (heading) {
      headline = bodyToPlainText(markdownToBody(heading[1]));
      markdown = markdown.slice(heading[0].length);
    }
  }
  const status = (ARTICLE_STATUSES as readonly string[]).includes(text(front.status)) ? (front.status as ArticleStatus) : 'draft';
  const imported: ImportedArticle = {
    headline,
    dateline: text(front.dateline),
    byline: text(front.byline),
    status,
    body: markdownToBody(markdown, options),
    related: readRelated(front),
    speakers: readSpeakers(front),
    warnings: [],
  };
  if (front.id) imported.id = text(front.id);
  if (front.created) imported.createdAt = text(front.created);
  if (front.updated) imported.updatedAt = text(front.updated);
  if (!headline.trim()) imported.warnings.push('The file has no title: the headline was left empty.');
  return imported;
}
