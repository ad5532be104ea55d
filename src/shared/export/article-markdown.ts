/**
 * An article as Markdown: YAML front matter (id, title, dateline, byline,
 * status, created/updated, the newsroom metadata (metadata/front-matter.ts),
 * speakers with role and organization, related links) above the CommonMark body (see body-markdown.ts for the speaker-span form).
 * article-markdown-import.ts reads it back.
 */
import { stringify } from 'yaml';

import type { Article } from '../article';
import { type MetadataFrontMatter, metadataToFrontMatter } from '../metadata/front-matter';
import { bodyToMarkdown } from './body-markdown';
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
}

export function articleToMarkdown(article: Article, context: ExportContext): string {
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
  return `---\n${stringify(front, { lineWidth: 0 })}---\n\n${bodyToMarkdown(article.body)}`;
}
