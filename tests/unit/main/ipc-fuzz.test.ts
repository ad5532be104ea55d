/**
 * DeskApi under hostile input: the handlers promise never to throw and to
 * answer every call with a result a person can read. Fixed regressions first,
 * then fuzzed calls (FUZZ_CALLS of them; `npm run torture` runs many more).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { deskCalls, nestedBody, RENDERER_URL } from '../../../scripts/torture/ipc-arbitraries';
import { isTrustedRendererUrl } from '../../../src/main/sender-policy';
import { isDeskErrorData } from '../../../src/shared/errors';
import type { DeskResult } from '../../../src/shared/ipc/api';
import { useDesks } from '../../support/desks';

const FUZZ_CALLS = Number(process.env.NEWSDESK_FUZZ_CALLS ?? 2_000);
const { open } = useDesks();
const openDesk = () => open({ isTrustedSender: (url) => isTrustedRendererUrl(url, RENDERER_URL) });
const window = { url: RENDERER_URL };

function expectReadable(result: DeskResult<unknown>): void {
  if (!result.ok) {
    expect(isDeskErrorData(result.error), JSON.stringify(result.error)).toBe(true);
    expect(result.error.code, result.error.message).not.toBe('internal');
  }
}

describe('DeskApi handlers under hostile input', () => {
  it('refuse a malformed or foreign sender URL instead of throwing', async () => {
    const desk = await openDesk();
    for (const url of [
      'file:///%E0%A4%A',
      'file://evil-host/opt/Newsdesk/out/renderer/index.html',
      'file:///opt/Newsdesk/out/renderer/%69ndex.html',
    ]) {
      await expect(desk.handlers['articles:list']({}, { url })).resolves.toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
  });

  it('refuse a body nested 1,000 and 100,000 levels deep with a message, instead of a RangeError', async () => {
    const desk = await openDesk();
    for (const depth of [1_000, 100_000]) {
      const result = await desk.handlers['articles:create']({ body: nestedBody(depth) }, window);
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'invalid-request', message: expect.stringMatching(/nests more than 100 levels/) },
      });
    }
  });

  it('refuse bodies the editor cannot load: unknown nodes, misplaced text, unsafe links, 5 million characters', async () => {
    const desk = await openDesk();
    const bodies = [
      { type: 'doc', content: [{ type: 'script', content: [{ type: 'text', text: 'x' }] }] },
      { type: 'doc', content: [{ type: 'text', text: 'text directly in the doc' }] },
      {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] },
        ],
      },
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x'.repeat(5_000_000) }] }] },
    ];
    for (const body of bodies) {
      const result = await desk.handlers['articles:create']({ body }, window);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect(await desk.services.articles.list()).toEqual([]);
  });

  it('store a body without the attributes the editor does not define (event handlers)', async () => {
    const desk = await openDesk();
    const body = { type: 'doc', content: [{ type: 'paragraph', attrs: { onclick: 'alert(1)' }, content: [{ type: 'text', text: 'x' }] }] };
    const result = await desk.handlers['articles:create']({ body }, window);
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result)).not.toContain('onclick');
  });

  it('treat optional fields sent as undefined as not sent', async () => {
    const desk = await openDesk();
    const created = await desk.services.articles.create({ headline: 'Kept headline' });
    const fields = {
      headline: undefined,
      dateline: undefined,
      body: undefined,
      related: undefined,
      status: undefined,
      targetWords: undefined,
    };
    const result = await desk.handlers['articles:update']({ id: created.id, fields }, window);
    expect(result).toMatchObject({ ok: true, value: { headline: 'Kept headline', related: [] } });
    expect(await desk.handlers['articles:create']({ headline: undefined, related: undefined }, window)).toMatchObject({ ok: true });
    expect(await desk.handlers['articles:list']({ query: undefined, status: undefined, trash: undefined }, window)).toMatchObject({
      ok: true,
    });
  });

  it(`answer ${FUZZ_CALLS} fuzzed calls with a readable result, never a throw or an internal error`, async () => {
    const desk = await openDesk();
    await desk.services.articles.create({ headline: 'Fuzz target' });
    const knownIds = () => desk.store.summaries().map((row) => row.id);
    let calls = 0;
    await fc.assert(
      fc.asyncProperty(deskCalls(knownIds), async ({ channel, payload, url }) => {
        calls++;
        const result = await desk.handlers[channel](payload, { url });
        expectReadable(result);
      }),
      { numRuns: FUZZ_CALLS, seed: Number(process.env.NEWSDESK_FUZZ_SEED ?? 20261129) },
    );
    expect(calls).toBe(FUZZ_CALLS);
  }, 120_000);
});
