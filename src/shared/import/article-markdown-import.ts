/**
 * Reads a Markdown file — ours (front matter as article-markdown.ts writes it)
 * or anyone's — into an ImportedArticle. Without front matter, a leading `#`
 * heading is the headline.
 */
import { parse } from 'yaml';

import { ARTICLE_STATUSES, type ArticleStatus, type NodeJson } from '../article';
import { bodyToPlainText } from '../body-text';
import { DeskError } from '../errors';
import type { MarkdownFrontMatter } from '../export/article-markdown';
import { metadataFromFrontMatter } from '../metadata/front-matter';
import { type RelatedLink, type Relation, RELATIONS } from '../related-link';
import { ReviewReader } from '../review/critic-markup-reader';
import { deskSchema } from './desk-schema';
import type { ImportedArticle, ImportedSpeaker } from './imported-article';
import { type MarkdownParseOptions, markdownToBody } from './markdown-body';

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
    throw new DeskError(
      'not-a-briefing',
      `The front matter of ${fileName ? `"${fileName}"` : 'this Markdown'} is not valid YAML (${(error as Error).message.split('\n')[0]}). Fix it or remove the block between the --- lines.`,
    );
  }
  return { front: typeof front === 'object' && front !== null ? (front as MarkdownFrontMatter) : {}, rest: source.slice(match[0].length) };
}

function readSpeakers(front: MarkdownFrontMatter): ImportedSpeaker[] {
  if (!Array.isArray(front.speakers)) return [];
  return front.speakers.flatMap((entry, index) => {
    const name = text(entry?.name).trim();
    if (!name) return [];
    return [
      {
        id: text(entry.id) || `file-speaker-${index + 1}`,
        name,
        aliases: Array.isArray(entry.aliases) ? entry.aliases.map(text).filter(Boolean) : [],
        role: text(entry.role),
        organization: text(entry.organization),
      },
    ];
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

/**
 * A leading ATX heading (`# Title #`, after any blank lines): its text and the
 * length of what it takes up, line break included. A hand-written scan, linear
 * in the line: the regular expression it replaces (`#[ \t]+(.+?)[ \t]*#*[ \t]*$`)
 * backtracked cubically on a long run of spaces.
 */
export function leadingHeading(markdown: string): { text: string; length: number } | null {
  const start = markdown.length - markdown.trimStart().length;
  if (markdown[start] !== '#' || !isSpaceOrTab(markdown[start + 1])) return null;
  let lineEnd = start + 1;
  while (lineEnd < markdown.length && !LINE_BREAKS.has(markdown[lineEnd])) lineEnd++;
  let length = lineEnd;
  if (markdown.startsWith('\r\n', lineEnd)) length += 2;
  else if (markdown[lineEnd] === '\n') length += 1;
  // Only \n, \r\n or the end of the text may end the heading line.
  else if (lineEnd < markdown.length) return null;
  let textStart = start + 1;
  while (textStart < lineEnd && isSpaceOrTab(markdown[textStart])) textStart++;
  // A line of only spaces after the `#` keeps its last space as the text (one more must separate it from the `#`).
  if (textStart === lineEnd) {
    if (lineEnd - start < 3) return null;
    textStart = lineEnd - 1;
  }
  // Closing sequence: spaces, hashes, spaces.
  let textEnd = lineEnd;
  while (textEnd > textStart && isSpaceOrTab(markdown[textEnd - 1])) textEnd--;
  while (textEnd > textStart && markdown[textEnd - 1] === '#') textEnd--;
  while (textEnd > textStart && isSpaceOrTab(markdown[textEnd - 1])) textEnd--;
  return { text: markdown.slice(textStart, Math.max(textEnd, textStart + 1)), length };
}

const LINE_BREAKS = new Set(['\n', '\r', '\u2028', '\u2029']);

function isSpaceOrTab(char: string | undefined): boolean {
  return char === ' ' || char === '\t';
}

/** The body with each figure's credit and rights from the front matter's `pictures:` list, matched by file. */
function withPictureCredits(body: NodeJson, front: MarkdownFrontMatter): NodeJson {
  if (!Array.isArray(front.pictures)) return body;
  const byFile = new Map(front.pictures.filter((entry) => text(entry?.file)).map((entry) => [text(entry.file), entry]));
  if (byFile.size === 0) return body;
  const visit = (node: NodeJson): NodeJson => {
    if (node.type === 'figure') {
      const entry = byFile.get(String(node.attrs?.src ?? ''));
      if (!entry) return node;
      return {
        ...node,
        attrs: { ...node.attrs, credit: text(entry.credit) || node.attrs?.credit, rights: text(entry.rights) || node.attrs?.rights },
      };
    }
    return node.content ? { ...node, content: node.content.map(visit) } : node;
  };
  return visit(body);
}

export function importMarkdownArticle(source: string, fileName?: string, options: MarkdownParseOptions = {}): ImportedArticle {
  const { front, rest } = readFrontMatter(source, fileName);
  let markdown = rest;
  let headline = text(front.title);
  if (front.title === undefined) {
    const heading = leadingHeading(markdown);
    if (heading) {
      headline = bodyToPlainText(markdownToBody(heading.text));
      markdown = markdown.slice(heading.length);
    }
  }
  const status = (ARTICLE_STATUSES as readonly string[]).includes(text(front.status)) ? (front.status as ArticleStatus) : 'draft';
  // CriticMarkup in the body: suggestions and notes, unsigned ones by the file's review author.
  const review = new ReviewReader(deskSchema(), { author: text(front['review-author']), now: options.now });
  const imported: ImportedArticle = {
    headline,
    dateline: text(front.dateline),
    byline: text(front.byline),
    status,
    body: withPictureCredits(markdownToBody(markdown, { ...options, review }), front),
    related: readRelated(front),
    speakers: readSpeakers(front),
    warnings: [],
  };
  if (review.notes.length > 0) imported.notes = review.notes;
  if (front.id) imported.id = text(front.id);
  if (front.created) imported.createdAt = text(front.created);
  if (front.updated) imported.updatedAt = text(front.updated);
  const metadata = metadataFromFrontMatter(front as Record<string, unknown>, imported.warnings);
  if (Object.keys(metadata).length > 0) imported.metadata = metadata;
  if (!headline.trim()) imported.warnings.push('The file has no title: the headline was left empty.');
  return imported;
}
