/**
 * Pictures for tests, made here: a PNG encoded in code (any size, one colour
 * per row band), the small JPEG fixture we drew ourselves
 * (tests/fixtures/pictures/harbour.jpg, made with a browser canvas), and the
 * same JPEG carrying our own IPTC-IIM and XMP captions, written segment by segment.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

/** The JPEG fixture's bytes (160 × 100, a harbour drawn on a canvas). */
export function harbourJpeg(): Buffer {
  return readFileSync(resolve('tests/fixtures/pictures/harbour.jpg'));
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const check = Buffer.alloc(4);
  check.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, check]);
}

/** A valid RGB PNG of `width` × `height`: bands of `colors` ([r, g, b]) from top to bottom. */
export function pngBytes(width = 24, height = 16, colors: [number, number, number][] = [[46, 93, 124]]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const [r, g, b] = colors[Math.floor((y * colors.length) / height)];
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) row.set([r, g, b], 1 + x * 3);
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A GIF header and nothing more (enough for the signature check, not a viewable picture). */
export function gifSignature(): Buffer {
  return Buffer.concat([Buffer.from('GIF89a', 'ascii'), Buffer.alloc(16)]);
}

/** A WebP container header and nothing more. */
export function webpSignature(): Buffer {
  return Buffer.concat([Buffer.from('RIFF', 'ascii'), Buffer.from([26, 0, 0, 0]), Buffer.from('WEBPVP8 ', 'ascii'), Buffer.alloc(18)]);
}

function segment(marker: number, payload: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head[0] = 0xff;
  head[1] = marker;
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

/** Inserts JPEG segments right after the start-of-image marker. */
function withSegments(jpeg: Buffer, segments: Buffer[]): Buffer {
  return Buffer.concat([jpeg.subarray(0, 2), ...segments, jpeg.subarray(2)]);
}

export interface PictureCaptionFields {
  caption?: string;
  credit?: string;
  byline?: string;
  copyright?: string;
}

/** An IPTC-IIM dataset: tag 0x1C, record, dataset number, length, value. */
function iimDataset(record: number, dataset: number, text: string | Buffer): Buffer {
  const value = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const head = Buffer.from([0x1c, record, dataset, 0, 0]);
  head.writeUInt16BE(value.length, 3);
  return Buffer.concat([head, value]);
}

/** The JPEG with an APP13 Photoshop block holding IPTC-IIM caption (2:120), by-line (2:80), credit (2:110), copyright (2:116). */
export function withIptc(jpeg: Buffer, fields: PictureCaptionFields): Buffer {
  const datasets = Buffer.concat([
    iimDataset(1, 90, Buffer.from([0x1b, 0x25, 0x47])), // coded character set: UTF-8
    iimDataset(2, 0, Buffer.from([0, 4])), // record version
    ...(fields.caption ? [iimDataset(2, 120, fields.caption)] : []),
    ...(fields.byline ? [iimDataset(2, 80, fields.byline)] : []),
    ...(fields.credit ? [iimDataset(2, 110, fields.credit)] : []),
    ...(fields.copyright ? [iimDataset(2, 116, fields.copyright)] : []),
  ]);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(datasets.length);
  const resource = Buffer.concat([
    Buffer.from('8BIM', 'ascii'),
    Buffer.from([0x04, 0x04, 0, 0]), // resource 0x0404 (IPTC), empty Pascal name padded to even
    size,
    datasets,
    datasets.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0),
  ]);
  return withSegments(jpeg, [segment(0xed, Buffer.concat([Buffer.from('Photoshop 3.0\u0000', 'ascii'), resource]))]);
}

function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The JPEG with an APP1 XMP packet: dc:description (caption), dc:creator, photoshop:Credit, dc:rights. */
export function withXmp(jpeg: Buffer, fields: PictureCaptionFields): Buffer {
  const alt = (name: string, text?: string) =>
    text ? `<dc:${name}><rdf:Alt><rdf:li xml:lang="x-default">${xmlText(text)}</rdf:li></rdf:Alt></dc:${name}>` : '';
  const packet =
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>' +
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"' +
    (fields.credit ? ` photoshop:Credit="${xmlText(fields.credit)}"` : '') +
    '>' +
    alt('description', fields.caption) +
    (fields.byline ? `<dc:creator><rdf:Seq><rdf:li>${xmlText(fields.byline)}</rdf:li></rdf:Seq></dc:creator>` : '') +
    alt('rights', fields.copyright) +
    '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>';
  return withSegments(jpeg, [
    segment(0xe1, Buffer.concat([Buffer.from('http://ns.adobe.com/xap/1.0/\u0000', 'ascii'), Buffer.from(packet, 'utf8')])),
  ]);
}
