/**
 * fast-check arbitraries for fuzzing DeskApi: payloads that are nearly valid
 * (known field names with valid, hostile or undefined values), anything at all,
 * and sender URLs good, foreign and malformed.
 */
import fc from 'fast-check';

import type { NodeJson } from '../../src/shared/article';
import { DESK_CHANNELS, type DeskChannel } from '../../src/shared/ipc/api';

export const RENDERER_URL = 'file:///opt/Newsdesk/out/renderer/index.html';

/** A body nested `depth` levels deep (blockquotes in blockquotes). */
export function nestedBody(depth: number): NodeJson {
  let node: NodeJson = { type: 'paragraph', content: [{ type: 'text', text: 'deep' }] };
  for (let level = 0; level < depth; level++) node = { type: 'blockquote', content: [node] };
  return { type: 'doc', content: [node] };
}

const hostileStrings = fc.constantFrom(
  '__proto__',
  'constructor',
  'toString',
  '../../etc/passwd',
  '%E0%A4%A',
  '\u0000',
  'a'.repeat(600),
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '',
  ' ',
);

const bodies = fc.oneof(
  fc.constant<NodeJson>({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Fuzzed text' }] }] }),
  fc.constant<NodeJson>({ type: 'doc', content: [{ type: 'script', content: [{ type: 'text', text: 'x' }] }] }),
  fc.constant<NodeJson>({
    type: 'doc',
    content: [{ type: 'paragraph', attrs: { onclick: 'alert(1)' }, content: [{ type: 'text', text: 'x' }] }],
  }),
  fc.constant<NodeJson>({
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] },
    ],
  }),
  fc.constant<NodeJson>({ type: 'doc', content: [{ type: 'text', text: 'text directly in the doc' }] }),
  fc.constant<NodeJson>({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '' }] }] }),
  fc.integer({ min: 90, max: 2_000 }).map(nestedBody),
  fc.anything({ maxDepth: 4 }),
);

const FIELD_NAMES = [
  'id',
  'headline',
  'dateline',
  'byline',
  'status',
  'body',
  'related',
  'targetWords',
  'query',
  'trash',
  'text',
  'fileName',
  'intoId',
  'name',
  'aliases',
  'role',
  'organization',
  'fromId',
  'intoId',
  'excludeId',
  'articleId',
  'revisionId',
  'label',
  'toId',
  'words',
  'word',
  'formats',
  'ids',
  'all',
] as const;

/** A value for any field: valid-looking, hostile, undefined or anything. */
function fieldValue(knownIds: () => string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    hostileStrings,
    fc.string({ maxLength: 40 }),
    fc.constantFrom('draft', 'editing', 'ready', 'published', 'all', 'md', 'html', 'current'),
    fc.constant(0).map(() => knownIds()[0] ?? 'missing-article'),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.array(fc.oneof(fc.string({ maxLength: 12 }), hostileStrings), { maxLength: 4 }),
    fc.array(
      fc.record({
        headline: fc.string({ maxLength: 20 }),
        articleId: fc.oneof(fc.constant(null), hostileStrings),
        url: fc.oneof(fc.constant(null), fc.constant('https://example.com/x'), hostileStrings),
      }),
      { maxLength: 3 },
    ),
    bodies,
    fc.anything({ maxDepth: 2 }),
  );
}

/** A record of some known field names (and `fields`, holding more of them). */
function nearlyValid(knownIds: () => string[]): fc.Arbitrary<unknown> {
  const value = fieldValue(knownIds);
  const record = fc.dictionary(fc.constantFrom(...FIELD_NAMES), value, { maxKeys: 6 });
  return fc.tuple(record, fc.option(record, { nil: undefined })).map(([top, fields]) => (fields === undefined ? top : { ...top, fields }));
}

export function senderUrls(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(RENDERER_URL, `${RENDERER_URL}#article`) },
    {
      weight: 1,
      arbitrary: fc.oneof(
        fc.constantFrom(
          'file:///%E0%A4%A',
          'file://evil-host/opt/Newsdesk/out/renderer/index.html',
          'file:///opt/Newsdesk/out/renderer/%69ndex.html',
          'https://example.com/',
          '',
          'not a url',
          'file:///tmp/evil.html',
        ),
        fc.string({ maxLength: 30 }),
      ),
    },
  );
}

export interface FuzzedCall {
  channel: DeskChannel;
  payload: unknown;
  url: string;
}

/** One DeskApi call: a channel, a payload (usually nearly valid) and the sending frame's URL. */
export function deskCalls(knownIds: () => string[]): fc.Arbitrary<FuzzedCall> {
  return fc.record({
    channel: fc.constantFrom(...DESK_CHANNELS),
    payload: fc.oneof({ weight: 4, arbitrary: nearlyValid(knownIds) }, { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) }),
    url: senderUrls(),
  });
}
