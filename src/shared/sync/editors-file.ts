/**
 * The desk server's list of editors (`desk serve --editors FILE`):
 *
 *     [{ "name": "Desk editor one", "tokenSha256": "<64 hex digits: SHA-256 of the token>" }]
 *
 * Tokens themselves are never stored on the server, only their SHA-256.
 */
import * as v from 'valibot';

import { describeIssues } from '../validation-issues';

export const EditorSchema = v.object({
  name: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'An editor needs a name.'),
    v.maxLength(100, 'An editor name is at most 100 characters.'),
  ),
  tokenSha256: v.pipe(
    v.string(),
    v.regex(/^[0-9a-fA-F]{64}$/, 'tokenSha256 is the SHA-256 of the token as 64 hex digits.'),
    v.toLowerCase(),
  ),
});
export type Editor = v.InferOutput<typeof EditorSchema>;

export const EditorsFileSchema = v.pipe(
  v.array(EditorSchema),
  v.minLength(1, 'The editors file lists no editor, so nobody could connect.'),
  v.check(
    (editors) => new Set(editors.map((editor) => editor.name)).size === editors.length,
    'Two editors share a name; give each a name of their own.',
  ),
  v.check(
    (editors) => new Set(editors.map((editor) => editor.tokenSha256)).size === editors.length,
    'Two editors share a token; give each a token of their own.',
  ),
);

/** Parses the text of an editors file; throws an Error saying what is wrong and how to fix it. */
export function parseEditorsFile(text: string): Editor[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`The editors file is not JSON (${(error as Error).message}). Write it as [{"name": "…", "tokenSha256": "…"}].`, {
      cause: error,
    });
  }
  const result = v.safeParse(EditorsFileSchema, json);
  if (!result.success) throw new Error(`The editors file is not valid: ${describeIssues(result.issues)}.`);
  return result.output;
}
