/**
 * ninjs JSON → article: the IPTC format the desk exports (3.x, `bodies`) and
 * older agency feeds (1.x, `body_html`). The headline, `located` (dateline),
 * `by` (byline), the HTML body with any speaker marks, the people it names and
 * the related `associations` come back; `pubStatus` "usable" means published,
 * anything else a draft (ninjs has no editing or ready).
 */
import * as v from 'valibot';

import { DeskError } from '../../shared/errors';
import type { ImportedArticle, ImportedSpeaker } from '../../shared/import/imported-article';
import { type RelatedLink, type Relation, RELATIONS } from '../../shared/related-link';
import { htmlToBody } from './html-import';

const TextValue = v.object({ role: v.optional(v.string()), value: v.string(), contentType: v.optional(v.string()) });

const NinjsSchema = v.object({
  headlines: v.optional(v.array(TextValue)),
  headline: v.optional(v.string()),
  bodies: v.optional(v.array(TextValue)),
  body_html: v.optional(v.string()),
  body_text: v.optional(v.string()),
  located: v.optional(v.string()),
  by: v.optional(v.string()),
  pubStatus: v.optional(v.string()),
  pubstatus: v.optional(v.string()),
  people: v.optional(v.array(v.object({ name: v.optional(v.string()), uri: v.optional(v.string()), literal: v.optional(v.string()) }))),
  associations: v.optional(
    v.array(v.object({ rel: v.optional(v.string()), uri: v.optional(v.string()), headlines: v.optional(v.array(TextValue)) })),
  ),
});

const SPEAKER_URI = /^urn:newsdesk:speaker:([A-Za-z0-9_-]{1,64})$/;
const ARTICLE_URI = /^urn:newsdesk:article:([A-Za-z0-9_-]{1,64})$/;

function mainOf(values: readonly v.InferOutput<typeof TextValue>[] | undefined, contentType?: string): string | undefined {
  const candidates = (values ?? []).filter((value) => !contentType || !value.contentType || value.contentType === contentType);
  return (candidates.find((value) => value.role === 'main') ?? candidates[0])?.value;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function importNinjsArticle(text: string, fileName?: string): ImportedArticle {
  const name = fileName ? `"${fileName}"` : 'This file';
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new DeskError('not-a-briefing', `${name} is not valid JSON (${(error as Error).message}), so it is not a ninjs story.`);
  }
  const parsed = v.safeParse(NinjsSchema, data);
  if (!parsed.success) throw new DeskError('not-a-briefing', `${name} is JSON but not a ninjs story: ${parsed.issues[0].message}`);
  const ninjs = parsed.output;
  const headline = (mainOf(ninjs.headlines) ?? ninjs.headline ?? '').trim();
  const html = mainOf(ninjs.bodies, 'text/html') ?? ninjs.body_html;
  const plain = ninjs.body_text ?? (ninjs.bodies ?? []).find((body) => body.contentType === 'text/plain')?.value;
  if (!headline && html === undefined && plain === undefined) {
    throw new DeskError('not-a-briefing', `${name} is JSON but has neither a headline nor a body, so it is not a ninjs story.`);
  }
  const bodyHtml =
    html ??
    (plain ?? '')
      .split(/\n\s*\n/)
      .map((paragraph) => `<p>${escapeText(paragraph.trim())}</p>`)
      .join('');
  const speakers: ImportedSpeaker[] = (ninjs.people ?? []).flatMap((person) => {
    const id = SPEAKER_URI.exec(person.uri ?? '')?.[1];
    return id && person.name ? [{ id, name: person.name, aliases: [], role: person.literal ?? '', organization: '' }] : [];
  });
  const related: RelatedLink[] = (ninjs.associations ?? []).flatMap((association) => {
    const linkHeadline = mainOf(association.headlines)?.trim();
    if (!linkHeadline) return [];
    const uri = association.uri ?? '';
    const relation: Relation = (RELATIONS as readonly string[]).includes(association.rel ?? '')
      ? (association.rel as Relation)
      : 'see-also';
    const articleId = ARTICLE_URI.exec(uri)?.[1] ?? null;
    const url = /^https?:\/\//i.test(uri) ? uri : null;
    return [{ headline: linkHeadline, articleId, url, relation }];
  });
  const status = (ninjs.pubStatus ?? ninjs.pubstatus) === 'usable' ? 'published' : 'draft';
  return {
    headline,
    dateline: ninjs.located?.trim() ?? '',
    byline: ninjs.by?.trim() ?? '',
    status,
    body: htmlToBody(bodyHtml),
    related,
    speakers,
    warnings:
      status === 'draft' && (ninjs.pubStatus ?? ninjs.pubstatus) === 'withheld' ? ['ninjs says "withheld": imported as a draft.'] : [],
  };
}
