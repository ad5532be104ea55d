import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { useDesks } from '../../../support/desks';
import { harbourJpeg, pngBytes } from '../../../support/picture-fixtures';

const { open } = useDesks();
const FROM_APP = { url: 'app://desk' };
const openDesk = () => open({ isTrustedSender: (url) => url === FROM_APP.url });
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const figure = (src: string) => ({ type: 'figure', attrs: { src, alt: 'A quay', caption: '', credit: '', rights: '' } });

describe('pictures over DeskApi', () => {
  it('are stored from their base64 bytes and read back byte for byte', async () => {
    const desk = await openDesk();
    expect(desk.services.media).toBeDefined();
    const jpeg = harbourJpeg();
    const added = await desk.handlers['media:add']({ data: jpeg.toString('base64'), fileName: 'quay.jpg' }, FROM_APP);
    expect(added).toMatchObject({ ok: true, value: { src: `media/${sha256(jpeg)}.jpg`, bytes: jpeg.length } });
    const read = await desk.handlers['media:read']({ src: `media/${sha256(jpeg)}.jpg` }, FROM_APP);
    expect(read).toMatchObject({ ok: true, value: { mimeType: 'image/jpeg' } });
    expect(Buffer.from((read as { value: { data: string } }).value.data, 'base64').equals(jpeg)).toBe(true);
  });

  it('refuse another frame, a path out of the media folder, and a picture the desk does not hold', async () => {
    const desk = await openDesk();
    const png = pngBytes().toString('base64');
    expect(await desk.handlers['media:add']({ data: png }, { url: 'https://example.org/' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
    for (const src of ['media/../desk.json', '../../etc/passwd', `media/${'0'.repeat(64)}.svg`])
      expect(await desk.handlers['media:read']({ src }, FROM_APP)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await desk.handlers['media:read']({ src: `media/${'0'.repeat(64)}.png` }, FROM_APP)).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('Insert it again') },
    });
  });

  it('refuse a payload over the size limit before it reaches the worker', async () => {
    const desk = await openDesk();
    const result = await desk.handlers['media:add']({ data: 'A'.repeat(36_000_000) }, FROM_APP);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining('larger than the 25.0 MB') },
    });
  });

  it('store a body whose figure names a kept picture, and refuse one that names a path or an address', async () => {
    const desk = await openDesk();
    const src = `media/${sha256(pngBytes())}.png`;
    const stored = await desk.handlers['articles:create'](
      { headline: 'Quay', body: { type: 'doc', content: [paragraph('Text.'), figure(src)] } },
      FROM_APP,
    );
    expect(stored).toMatchObject({ ok: true });
    for (const foreign of ['/etc/passwd', 'https://example.org/a.jpg', 'quay.jpg', 'media/../x.jpg']) {
      const refused = await desk.handlers['articles:create'](
        { headline: 'Quay', body: { type: 'doc', content: [figure(foreign)] } },
        FROM_APP,
      );
      expect(refused, foreign).toMatchObject({
        ok: false,
        error: { code: 'invalid-request', message: expect.stringContaining('not a picture kept in the desk') },
      });
    }
  });
});
