/** fast-check arbitraries for article bodies: every StarterKit block, every mark (speaker marks too) and tricky text. */
import fc from 'fast-check';

import type { Article, NodeJson } from '../../src/shared/article';
import { countBodyWords } from '../../src/shared/body-text';
import { normalizeBody } from '../../src/shared/import/desk-schema';
import type { Speaker } from '../../src/shared/speaker';
import { speakerIdsInBody } from '../../src/shared/speaker-spans';

export const SPEAKERS: Speaker[] = [
  {
    id: 'speaker-hong',
    name: 'Hong Lei',
    aliases: ['Hong'],
    role: 'spokesman',
    organization: 'Foreign Ministry',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  },
  {
    id: 'speaker-geng',
    name: 'Geng Yansheng',
    aliases: [],
    role: 'spokesman',
    organization: 'Ministry of National Defense',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  },
];

const TRICKY = [
  '*',
  '_',
  '`',
  '#',
  '<',
  '&',
  '[',
  ']',
  '\\',
  '1.',
  '2)',
  '  ',
  ' ',
  '-',
  '+',
  '>',
  '=',
  '~',
  '!',
  '"',
  '“',
  '”',
  '’',
  '&amp;',
  '<b>',
  '</script>',
  'word',
  'Hong Lei',
  'said',
  '3,400',
  '\t',
  'é',
  '|',
  '(',
  ')',
  ':',
  '---',
  '***',
  '```',
  '    ',
];

const text = fc
  .array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ minLength: 1, maxLength: 6 })), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join('').replace(/[\r\n\u0000]/g, ' '))
  .filter((value) => value !== '');

const markSet = fc.oneof(
  fc.constant([] as NodeJson['marks']),
  fc.constant([{ type: 'code' }]),
  fc
    .subarray([
      { type: 'bold' },
      { type: 'italic' },
      { type: 'strike' },
      { type: 'underline' },
      {
        type: 'link',
        attrs: {
          href: 'https://example.com/a_(b)?c=1&d=e*f',
          target: '_blank',
          rel: 'noopener noreferrer nofollow',
          class: null,
          title: null,
        },
      },
      { type: 'speakerMention', attrs: { speakerId: 'speaker-hong' } },
      { type: 'speakerAttribution', attrs: { speakerId: 'speaker-geng', kind: 'direct' } },
      { type: 'speakerAttribution', attrs: { speakerId: 'speaker-hong', kind: 'paraphrase' } },
    ])
    .map((marks) =>
      marks.filter((mark, index) => mark.type !== 'speakerAttribution' || marks.findIndex((other) => other.type === mark.type) === index),
    ),
);

const inline = fc.array(
  fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .record({ text, marks: markSet })
        .map(({ text: value, marks }) => ({ type: 'text', text: value, ...(marks?.length ? { marks } : {}) }) as NodeJson),
    },
    { weight: 1, arbitrary: fc.constant({ type: 'hardBreak' } as NodeJson) },
  ),
  { minLength: 0, maxLength: 8 },
);

const paragraph = inline.map((content) => ({ type: 'paragraph', ...(content.length ? { content } : {}) }) as NodeJson);
const heading = fc
  .record({ level: fc.constantFrom(2, 3), content: inline })
  .map(({ level, content }) => ({ type: 'heading', attrs: { level }, ...(content.length ? { content } : {}) }) as NodeJson);
const codeBlock = fc
  .record({
    code: fc.array(fc.oneof(text, fc.constantFrom('```', '~~~', '    indented', '')), { maxLength: 4 }),
    language: fc.constantFrom(null, 'js', 'c++'),
  })
  .map(
    ({ code, language }) =>
      ({
        type: 'codeBlock',
        attrs: { language },
        ...(code.join('\n') ? { content: [{ type: 'text', text: code.join('\n') }] } : {}),
      }) as NodeJson,
  );

const { block } = fc.letrec<{ block: NodeJson }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: paragraph },
    { weight: 2, arbitrary: heading },
    { weight: 1, arbitrary: codeBlock },
    { weight: 1, arbitrary: fc.constant({ type: 'horizontalRule' } as NodeJson) },
    {
      weight: 1,
      arbitrary: fc.array(tie('block'), { minLength: 1, maxLength: 3 }).map((content) => ({ type: 'blockquote', content }) as NodeJson),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({
          ordered: fc.boolean(),
          start: fc.constantFrom(1, 3, 10),
          items: fc.array(fc.tuple(paragraph, fc.array(tie('block'), { maxLength: 2 })), { minLength: 1, maxLength: 3 }),
        })
        .map(
          ({ ordered, start, items }) =>
            ({
              type: ordered ? 'orderedList' : 'bulletList',
              ...(ordered ? { attrs: { start, type: null } } : {}),
              content: items.map(([first, rest]) => ({ type: 'listItem', content: [first, ...rest] })),
            }) as NodeJson,
        ),
    },
  ),
}));

/** A normalized body, as ProseMirror would store it. */
export const body = fc.array(block, { minLength: 1, maxLength: 6 }).map((content) => normalizeBody({ type: 'doc', content }));

/** A full article around a generated body. */
export function articleWith(bodyJson: NodeJson, overrides: Partial<Article> = {}): Article {
  return {
    id: 'article-generated',
    slug: 'generated-story',
    headline: 'Generated <story> & “quotes” </script>',
    dateline: 'BEIJING',
    byline: 'By Desk Staff',
    status: 'editing',
    body: bodyJson,
    related: [
      { headline: 'A stored story', articleId: 'article-other', url: null, relation: 'background' },
      { headline: 'An external story', articleId: null, url: 'https://example.com/story?a=1&b=2', relation: 'see-also' },
      { headline: 'An unresolved story', articleId: null, url: null, relation: 'follow-up' },
    ],
    speakers: speakerIdsInBody(bodyJson),
    createdAt: '2026-03-04T08:00:00.000Z',
    updatedAt: '2026-03-04T09:30:00.000Z',
    wordCount: countBodyWords(bodyJson),
    ...overrides,
  };
}
