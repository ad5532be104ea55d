/**
 * The ProseMirror schema of an article body, built once from `deskExtensions()`
 * (no DOM needed), and the normalisation every importer ends with.
 */
import { getSchema } from '@tiptap/core';
import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model';

import type { NodeJson } from '../article';
import { deskExtensions } from '../editor-schema';

let cached: Schema | undefined;

export function deskSchema(): Schema {
  cached ??= getSchema(deskExtensions());
  return cached;
}

/**
 * A body as ProseMirror itself would store it: marks in schema order, adjacent
 * text with equal marks joined, default attributes filled in. Throws a
 * RangeError when the JSON does not fit the schema.
 */
export function normalizeBody(body: NodeJson): NodeJson {
  const node = deskSchema().nodeFromJSON(body);
  node.check();
  return node.toJSON() as NodeJson;
}

/** The JSON of a checked ProseMirror doc. */
export function docToJson(doc: ProseMirrorNode): NodeJson {
  doc.check();
  return doc.toJSON() as NodeJson;
}
