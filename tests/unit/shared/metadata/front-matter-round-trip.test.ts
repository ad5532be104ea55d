import { describe, expect, it } from 'vitest';

import { articleToMarkdown } from '../../../../src/shared/export/article-markdown';
import { contextFor } from '../../../../src/shared/export/export-context';
import { importMarkdownArticle } from '../../../../src/shared/import/article-markdown-import';
import { metadataFromFrontMatter } from '../../../../src/shared/metadata/front-matter';
import { metadataArticle } from '../../../support/metadata-article';

const context = contextFor([]);

describe('the metadata in Markdown front matter', () => {
  it('writes every field under its own key', () => {
    const markdown = articleToMarkdown(metadataArticle(), context);
    const front = markdown.split('\n---\n')[0];
    for (const key of [
      'slugline',
      'keywords',
      'subjects',
      'urgency',
      'language',
      'genre',
      'embargo',
      'embargoZone',
      'ednote',
      'headlines',
      'corrections',
      'bylines',
    ])
      expect(front).toMatch(new RegExp(`^${key}:`, 'm'));
    expect(front).toContain('medtop:20000523');
    // The embargo and the editor's note live in the front matter only, never in the body.
    const body = markdown.slice(markdown.indexOf('\n---\n') + 5);
    expect(body).not.toContain('2026-12-01');
    expect(body).not.toContain('tonnage');
  });

  it('imports back exactly what it exported, field by field', () => {
    const article = metadataArticle();
    const imported = importMarkdownArticle(articleToMarkdown(article, context), 'story.md');
    expect(imported.warnings).toEqual([]);
    expect(imported.metadata).toEqual({
      slugline: article.slugline,
      keywords: article.keywords,
      subjects: article.subjects,
      urgency: article.urgency,
      language: article.language,
      genre: article.genre,
      ednote: article.ednote,
      embargo: article.embargo,
      corrections: article.corrections,
      headlines: article.headlines,
      bylines: article.bylines,
    });
    expect(imported.byline).toBe(article.byline);
  });

  it('reads hand-written front matter: an embargo without its zone, a plain date, a genre in capitals', () => {
    const warnings: string[] = [];
    const fields = metadataFromFrontMatter(
      {
        embargo: '2026-12-01T09:00:00-05:00',
        genre: 'Obituary',
        urgency: '2',
        keywords: 'ferries',
        corrections: [{ date: '2026-11-30', kind: 'clarification', text: 'The ferry sails from the north pier.' }],
        bylines: [{ name: 'Ines Varga' }],
      },
      warnings,
    );
    expect(warnings).toEqual([]);
    expect(fields).toEqual({
      embargo: { until: '2026-12-01T09:00:00-05:00', timeZone: 'Etc/GMT+5' },
      genre: 'obituary',
      urgency: 2,
      keywords: ['ferries'],
      corrections: [{ date: '2026-11-30T00:00:00.000Z', kind: 'clarification', text: 'The ferry sails from the north pier.' }],
      bylines: [{ name: 'Ines Varga', role: '' }],
    });
  });

  it('leaves out a value the model refuses, says which, and keeps the rest', () => {
    const warnings: string[] = [];
    const fields = metadataFromFrontMatter(
      { urgency: 12, slugline: 'FERRY', embargo: 'next Tuesday', headlines: { web: 'Ferry back', radio: 'x' } },
      warnings,
    );
    expect(fields).toEqual({ slugline: 'FERRY', headlines: { web: 'Ferry back' } });
    expect(warnings.join('\n')).toMatch(/urgency/);
    expect(warnings.join('\n')).toMatch(/embargo/);
    expect(warnings.join('\n')).toMatch(/radio/);
  });
});
