/**
 * Caption, credit, rights and alt text a picture file carries about itself, in
 * IPTC-IIM (the APP13 block news agencies still fill) or XMP, read with exifr
 * (pure JavaScript). Only those blocks are parsed (no EXIF, thumbnails or
 * colour profiles), so a 10 MB photo costs a few milliseconds.
 *
 * Credit is what a desk prints under a picture: the photographer and the
 * agency ("Mara Quill / Desk Photo"), each given once. A file without the
 * fields, or whose metadata cannot be read, gives empty strings.
 */
import exifr from 'exifr';

import { MAX_FIGURE_FIELD_LENGTH } from '../../shared/nodes/figure';

export interface PictureMetadata {
  caption: string;
  credit: string;
  rights: string;
  alt: string;
}

const EMPTY: PictureMetadata = { caption: '', credit: '', rights: '', alt: '' };

type Block = Record<string, unknown>;

/** One text out of what exifr gives: a string, a language alternative `{ lang, value }`, or a list of either. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return repairUtf8(value).trim();
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(textOf).filter(Boolean).join(', ');
  if (typeof value === 'object' && value !== null && 'value' in value) return textOf((value as { value: unknown }).value);
  return '';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * IPTC text is UTF-8 in practice, but exifr decodes it as Latin-1 ("Â©" for "©").
 * Text whose Latin-1 bytes are valid UTF-8 with some multi-byte sequence is re-read as UTF-8.
 */
function repairUtf8(text: string): string {
  if (!/[\u00c2-\u00f4]/.test(text) || /[^\u0000-\u00ff]/.test(text)) return text;
  try {
    return utf8.decode(Uint8Array.from(text, (char) => char.charCodeAt(0)));
  } catch {
    return text;
  }
}

function first(...candidates: unknown[]): string {
  for (const candidate of candidates) {
    const text = textOf(candidate);
    if (text) return text.slice(0, MAX_FIGURE_FIELD_LENGTH);
  }
  return '';
}

/** Reads the picture's own caption, credit, rights and alt text; never throws. */
export async function readPictureMetadata(bytes: Uint8Array): Promise<PictureMetadata> {
  let output: Record<string, Block | undefined> | undefined;
  try {
    output = (await exifr.parse(bytes, {
      iptc: true,
      xmp: true,
      tiff: false,
      exif: false,
      gps: false,
      interop: false,
      ifd1: false,
      jfif: false,
      icc: false,
      mergeOutput: false,
    })) as Record<string, Block | undefined> | undefined;
  } catch {
    return { ...EMPTY };
  }
  if (!output) return { ...EMPTY };
  const iptc = output.iptc ?? {};
  const dc = output.dc ?? {};
  const photoshop = output.photoshop ?? {};
  const core = output.Iptc4xmpCore ?? {};
  const rightsXmp = output.xmpRights ?? {};
  const photographer = first(iptc.Byline, dc.creator);
  const agency = first(iptc.Credit, photoshop.Credit);
  const credit = [...new Set([photographer, agency].filter(Boolean))].join(' / ').slice(0, MAX_FIGURE_FIELD_LENGTH);
  return {
    caption: first(iptc.Caption, dc.description),
    credit,
    rights: first(iptc.CopyrightNotice, dc.rights, rightsXmp.UsageTerms),
    alt: first(core.AltTextAccessibility),
  };
}
