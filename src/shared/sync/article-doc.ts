/**
 * The Y.Doc of one article, and the way between it and the article's JSON.
 *
 *     XmlFragment "body"     the Tiptap body (what Tiptap Collaboration binds with field "body")
 *     Map "article"          headline, dateline, byline, status, targetWords, related, createdAt, deletedAt (notes, once it has some)
 *                            (whole values: the last write wins, concurrent changes are listed for review)
 *     Map "seed"             "seeded": true once the document holds an article
 *
 * Seeding exactly once: y-prosemirror duplicates content when two clients each
 * insert the same starting document. A seed here is made in a throwaway doc
 * whose client id is a hash of the content, so two seeds of the same article
 * are the same Yjs items and merge into one copy, whoever seeds first.
 */
import { prosemirrorJSONToYXmlFragment, updateYFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as v from 'valibot';
import * as Y from 'yjs';

import { ArticleStatusSchema, type NodeJson } from '../article';
import { deskSchema, docToJson } from '../import/desk-schema';
import { NotesSchema } from '../notes/note-thread';
import { RelatedLinkSchema } from '../related-link';
import { TimestampSchema } from '../timestamp';
import { describeIssues } from '../validation-issues';
import { type ArticleContent, contentKey } from './article-content';

export const BODY_FIELD = 'body';
export const FIELDS_MAP = 'article';
export const SEED_MAP = 'seed';

const FieldsSchema = v.object({
  headline: v.string(),
  dateline: v.string(),
  byline: v.string(),
  status: ArticleStatusSchema,
  targetWords: v.nullable(v.number()),
  related: v.array(RelatedLinkSchema),
  createdAt: TimestampSchema,
  deletedAt: v.nullable(TimestampSchema),
  /** Set only once an article has had notes (a last-writer-wins value, like `related`). */
  notes: v.optional(NotesSchema),
});

const FIELD_NAMES = ['headline', 'dateline', 'byline', 'status', 'targetWords', 'related', 'createdAt', 'deletedAt'] as const;
/** The notes' threads: written only for an article that has (or had) some, so other articles' documents stay as they were. */
const NOTES_FIELD = 'notes';

/** True once some client (or the server) has put an article into the document. */
export function isSeeded(doc: Y.Doc): boolean {
  return doc.getMap(SEED_MAP).get('seeded') === true;
}

/** A 32-bit FNV-1a hash, never 0: the client id of a seed. */
function seedClientId(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash || 1;
}

/** The Yjs update that seeds a document with `content`; the same content always gives the same update. */
export function seedUpdate(content: ArticleContent): Uint8Array {
  const seed = new Y.Doc();
  seed.clientID = seedClientId(contentKey(content));
  seed.transact(() => {
    prosemirrorJSONToYXmlFragment(deskSchema(), content.body, seed.getXmlFragment(BODY_FIELD));
    const fields = seed.getMap(FIELDS_MAP);
    for (const name of FIELD_NAMES) fields.set(name, content[name]);
    if (content.notes?.length) fields.set(NOTES_FIELD, content.notes);
    seed.getMap(SEED_MAP).set('seeded', true);
  });
  const update = Y.encodeStateAsUpdate(seed);
  seed.destroy();
  return update;
}

/** Seeds `doc` with `content` unless it already holds an article. Returns true when it seeded. */
export function seedOnce(doc: Y.Doc, content: ArticleContent, origin?: unknown): boolean {
  if (isSeeded(doc)) return false;
  Y.applyUpdate(doc, seedUpdate(content), origin);
  return true;
}

/**
 * The article content a document holds, or undefined when it holds none yet.
 * Throws an Error naming what is wrong when a client wrote something that is
 * not an article (a body outside the desk schema, a field of the wrong type).
 */
export function readArticleContent(doc: Y.Doc): ArticleContent | undefined {
  if (!isSeeded(doc)) return undefined;
  const fields = v.safeParse(FieldsSchema, doc.getMap(FIELDS_MAP).toJSON());
  if (!fields.success) throw new Error(`The shared article has an invalid field: ${describeIssues(fields.issues)}.`);
  let body: NodeJson;
  try {
    body = docToJson(yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(BODY_FIELD), deskSchema()));
  } catch (error) {
    throw new Error(`The shared article's body does not fit the desk's schema: ${(error as Error).message}.`, { cause: error });
  }
  return { ...fields.output, body };
}

/**
 * Makes `doc` hold `content` with the smallest change: fields that differ are
 * set, the body is diffed into the fragment the way the editor binding does.
 * An unseeded document is seeded instead.
 */
export function writeArticleContent(doc: Y.Doc, content: ArticleContent, origin?: unknown): void {
  if (seedOnce(doc, content, origin)) return;
  doc.transact(() => {
    const fields = doc.getMap(FIELDS_MAP);
    for (const name of FIELD_NAMES) {
      if (JSON.stringify(fields.get(name)) !== JSON.stringify(content[name])) fields.set(name, content[name]);
    }
    const notes = content.notes ?? [];
    if (JSON.stringify(fields.get(NOTES_FIELD) ?? []) !== JSON.stringify(notes)) fields.set(NOTES_FIELD, notes);
    const body = deskSchema().nodeFromJSON(content.body);
    updateYFragment(doc, doc.getXmlFragment(BODY_FIELD), body, { mapping: new Map(), isOMark: new Map() });
  }, origin);
}
