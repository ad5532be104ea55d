import { describe, expect, it } from 'vitest';

import { DeskError } from '../../../../src/shared/errors';
import { DESK_CHANNELS, deskMethodNames } from '../../../../src/shared/ipc/api';
import { createDeskClient } from '../../../../src/shared/ipc/desk-client';

describe('createDeskClient', () => {
  it('has one named method per channel that invokes that channel with the request', async () => {
    const calls: [string, unknown][] = [];
    const client = createDeskClient(async (channel, request) => {
      calls.push([channel, request]);
      return { ok: true, value: channel };
    });
    expect(Object.keys(client).sort()).toEqual(Object.values(deskMethodNames).sort());
    await expect(client.getArticle({ id: 'abcdef' })).resolves.toBe('articles:get');
    expect(calls).toEqual([['articles:get', { id: 'abcdef' }]]);
    expect(DESK_CHANNELS).toHaveLength(Object.keys(client).length);
  });

  it('throws the DeskError main sent, with its code and message', async () => {
    const client = createDeskClient(async () => ({ ok: false, error: { code: 'not-found', message: 'Gone.' } }));
    const failure = client.getArticle({ id: 'abcdef' });
    await expect(failure).rejects.toBeInstanceOf(DeskError);
    await expect(failure).rejects.toMatchObject({ code: 'not-found', message: 'Gone.' });
  });

  it('says so when the answer is not a DeskResult', async () => {
    const client = createDeskClient(async () => 'garbage');
    await expect(client.info({})).rejects.toMatchObject({ code: 'internal', message: expect.stringMatching(/unreadable answer/) });
  });
});
