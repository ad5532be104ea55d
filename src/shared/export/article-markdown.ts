/**
 * An article as Markdown: YAML front matter (id, title, dateline, byline,
 * status, created/updated, the newsroom metadata (metadata/front-matter.ts),
 * speakers with role and organization, related links, the credit and rights of the body's pictures) above the CommonMark body (see body-markdown.ts for the speaker-span form).
 * article-markdown-import.ts reads it back. A review copy
 * (`articleToReviewMarkdown`) says `review-copy: true` and writes suggestions
 * and notes as CriticMarkup; the importer turns them back into suggestions and notes.
 */
import { stringify } from 'yaml';

import type { Article, NodeJson } from '../article';
import { type MetadataFrontMatter, metadataToFrontMatter } from '../metadata/front-matter';
import { bodyToMarkdown, bodyToReviewMarkdown } from './body-markdown';
import { articleSpeakers, type ExportContext, relatedTarget } from './export-context';

/** The front matter's shape (also what the importer accepts). */
export interface MarkdownFrontMatter extends MetadataFrontMatter {
  id?: string;
  title?: string;
  dateline?: string;
  byline?: string;
  status?: string;
  created?: string;
  updated?: string;
  speakers?: { id?: string; name: string; aliases?: string[]; role?: string; organization?: string }[];
  related?: { headline: string; articleId?: string; url?: string; file?: string; relation?: string }[];
  /** A review copy: the body carries suggestions and notes as CriticMarkup. */
  'review-copy'?: boolean;
  /** Who the file's plain CriticMarkup comments and unsigned changes are by, when imported (else "imported"). */
  'review-author'?: string;
  /** The credit and rights of the body's pictures, by their file (an image's own syntax has no place for them). */
  pictures?: { file: string; credit?: string; rights?: string }[];
}

/** Each picture file's credit and rights, once per file, for those that have either. */
function pictureCredits(body: NodeJson): NonNullable<MarkdownFrontMatter['pictures']> {
  const byFile = new Map<string, NonNullable<MarkdownFrontMatter['pictures']>[number]>();
  const visit = (node: NodeJson) => {
    if (node.type === 'figure') {
      const file = String(node.attrs?.src ?? '');
      const credit = String(node.attrs?.credit ?? '');
      const rights = String(node.attrs?.rights ?? '');
      if (file && (credit || rights) && !byFile.has(file))
        byFile.set(file, { file, ...(credit ? { credit } : {}), ...(rights ? { rights } : {}) });
    }
    node.content?.forEach(visit);
  };
  visit(body);
  return [...byFile.values()];
}

export function articleToMarkdown(article: Article, context: ExportContext): string {
  return `---\n${stringify(frontMatter(article, context), { lineWidth: 0 })}---\n\n${bodyToMarkdown(article.body)}`;
}

/** The article with its open suggestions and its notes, as CriticMarkup. */
export function articleToReviewMarkdown(article: Article, context: ExportContext): string {
  const front = { ...frontMatter(article, context), 'review-copy': true };
  return `---\n${stringify(front, { lineWidth: 0 })}---\n\n${bodyToReviewMarkdown(article.body, article.notes ?? [])}`;
}

function frontMatter(article: Article, context: ExportContext): MarkdownFrontMatter {
  const front: MarkdownFrontMatter = {
    id: article.id,
    title: article.headline,
    dateline: article.dateline,
    byline: article.byline,
    status: article.status,
    created: article.createdAt,
    updated: article.updatedAt,
    ...metadataToFrontMatter(article),
  };
  const speakers = articleSpeakers(article, context);
  if (speakers.length > 0) {
    front.speakers = speakers.map(({ id, name, aliases, role, organization }) => ({ id, name, aliases, role, organization }));
  }
  if (article.related.length > 0) {
    front.related = article.related.map((link) => {
      const entry: NonNullable<MarkdownFrontMatter['related']>[number] = { headline: link.headline, relation: link.relation };
      if (link.articleId) {
        entry.articleId = link.articleId;
        const file = relatedTarget(link, context, 'md');
        if (file) entry.file = file;
      }
      if (link.url) entry.url = link.url;
      return entry;
    });
  }
  const pictures = pictureCredits(article.body);
  if (pictures.length > 0) front.pictures = pictures;
  return front;
}
