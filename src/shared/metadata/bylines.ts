/**
 * Bylines as people: each with a name and an optional role ("reporter",
 * "photographer"). The article's `byline` string is their one-line form,
 * "By Jane Roe and Ali Khan"; an article stored before bylines existed is
 * read by splitting that string into people.
 */
import * as v from 'valibot';

export const BylineSchema = v.object({
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'A byline needs a name.'), v.maxLength(120, 'A name is at most 120 characters.')),
  role: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(80, 'A role is at most 80 characters.')), ''),
});
export type Byline = v.InferOutput<typeof BylineSchema>;

/** Roles a byline editor offers (any other text is allowed). */
export const BYLINE_ROLES = ['reporter', 'correspondent', 'writer', 'editor', 'photographer', 'contributor', 'analyst'] as const;

/** "By Jane Roe and Ali Khan" → Jane Roe, Ali Khan (roles empty). */
export function parseByline(byline: string): Byline[] {
  return byline
    .replace(/^\s*by\s+/i, '')
    .split(/\s*(?:,|;|\band\b|&)\s*/i)
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .map((name) => ({ name, role: '' }));
}

/** The one-line byline: "By Jane Roe", "By Jane Roe and Ali Khan", "By A, B and C"; '' for nobody. */
export function formatByline(people: readonly Byline[]): string {
  const names = people.map((person) => person.name.trim()).filter(Boolean);
  if (names.length === 0) return '';
  const joined = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `By ${joined}`;
}

/** People from a typed byline, keeping the role each already had (matched by name, ignoring case). */
export function bylinesFromText(byline: string, previous: readonly Byline[] = []): Byline[] {
  const roles = new Map(previous.map((person) => [person.name.toLowerCase(), person.role]));
  return parseByline(byline).map((person) => ({ name: person.name, role: roles.get(person.name.toLowerCase()) ?? '' }));
}
