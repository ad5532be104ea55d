/** Articles for the export tests: the four samples (through the briefing parser, with speaker marks) and hostile ones. */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

import fc from 'fast-check';

import type { Article, NodeJson } from '../../src/shared/article';
import { paragraphsToBody } from '../../src/shared/body-text';
import { parseBriefing } from '../../src/shared/briefing-parser';
import { normalizeBody } from '../../src/shared/import/desk-schema';
import { slugify } from '../../src/shared/slug';
import { articleWith, body, SPEAKERS } from './generated-documents';
import { samplesDir } from './samples';

export const SAMPLES_DIR = samplesDir();

/** Marks every "Hong Lei" as a mention and every “…” as Geng's direct quote, so samples carry speaker marks. */
function markSpeakers(paragraph: NodeJson): NodeJson {
  const text = paragraph.content?.[0]?.text;
  if (!text) return paragraph;
  const content: NodeJson[] = [];
  for (const part of text.split(/(Hong Lei|“[^”]+”|"[^"]+")/)) {
    if (!part) continue;
    if (part === 'Hong Lei')
      content.push({ type: 'text', text: part, marks: [{ type: 'speakerMention', attrs: { speakerId: 'speaker-hong' } }] });
    else if (part.startsWith('“') || part.startsWith('"'))
      content.push({
        type: 'text',
        text: part,
        marks: [{ type: 'speakerAttribution', attrs: { speakerId: 'speaker-geng', kind: 'direct' } }],
      });
    else content.push({ type: 'text', text: part });
  }
  return { ...paragraph, content };
}

export function sampleArticles(): Article[] {
  return readdirSync(SAMPLES_DIR)
    .filter((name) => name.endsWith('.txt'))
    .map((name, index) => {
      const briefing = parseBriefing(readFileSync(join(SAMPLES_DIR, name), 'utf8'), name);
      const plain = paragraphsToBody(briefing.paragraphs);
      const marked = normalizeBody({ ...plain, content: (plain.content ?? []).map(markSpeakers) });
      return articleWith(marked, {
        id: `sample-article-${index}`,
        slug: slugify(briefing.headline),
        headline: briefing.headline,
        dateline: briefing.dateline,
        related: briefing.related.map((headline) => ({ headline, articleId: null, url: null, relation: 'see-also' as const })),
      });
    });
}

export function hostileArticle(): Article {
  return articleWith(
    normalizeBody({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '<script>alert(1)</script> & "quotes" \'single\' </script><!-- -->' }] },
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
        },
        {
          type: 'codeBlock',
          attrs: { language: 'x" onmouseover="alert(1)' },
          content: [{ type: 'text', text: '</code></pre><img src=x onerror=alert(1)>' }],
        },
      ],
    }),
    {
      id: 'article-hostile',
      slug: 'hostile',
      headline: '</script><script>alert("x")</script> & <b>bold</b>',
      byline: 'By <img src=x onerror=alert(1)>',
      dateline: 'A & B "C"',
    },
  );
}

export function generatedArticles(count: number, seed = 42): Article[] {
  return fc
    .sample(body, { numRuns: count, seed })
    .map((generated, index) => articleWith(generated, { id: `article-gen-${index}`, slug: `generated-${index}` }));
}

export { SPEAKERS };

/** Runs the Nu HTML Checker once over many files; returns its error messages (empty when all are valid). */
export async function nuCheckerErrors(files: string[]): Promise<{ file: string; message: string }[]> {
  const { stdout, stderr } = await promisify(execFile)(
    'java',
    ['-jar', 'node_modules/vnu-jar/build/dist/vnu.jar', '--format', 'json', '--exit-zero-always', ...files],
    { maxBuffer: 64 * 1024 * 1024 },
  ).catch((error) => error);
  const output = JSON.parse(stderr || stdout) as { messages: { type: string; url: string; message: string }[] };
  return output.messages.filter((message) => message.type === 'error').map((message) => ({ file: message.url, message: message.message }));
}
