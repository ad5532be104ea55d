/**
 * The desk's CriticMarkup comments (`{>>…<<}`): how a review copy says who
 * made a suggestion and when, and carries a note's thread. Each comment is one
 * of:
 *
 *   #ID AUTHOR (TIME)                      a suggestion's author and time (after `++}`, `--}`, `~~}`)
 *   #ID AUTHOR (TIME) format +bold -italic a formatting suggestion (after `==}`)
 *   #ID [(resolved) ]AUTHOR (TIME): TEXT   a note's first message
 *   #ID                                    a further stretch of words of a note already given
 *   AUTHOR (TIME): TEXT                    a reply to the note before it
 *   TEXT                                   anyone's plain comment: a note (or reply) by the file's review author
 *
 * TIME is the desk's UTC timestamp (2026-11-29T10:00:00.000Z). In AUTHOR and
 * TEXT, `\`, `{`, `}` and `~` are backslash-escaped and a line break is `\n`,
 * so a comment never holds its own end (`<<}`) nor a line break. Reading is
 * one left-to-right scan: linear in the comment.
 */
const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const TIMESTAMP_LENGTH = '2026-11-29T10:00:00.000Z'.length;

export interface CriticComment {
  id?: string;
  resolved?: boolean;
  author?: string;
  at?: string;
  /** A message's text; absent in a suggestion's or a reference's comment. */
  text?: string;
  /** For a formatting suggestion: marks added and removed. */
  format?: { add: string[]; remove: string[] };
}

/** Escapes author or text for a comment. */
export function escapeCommentText(text: string): string {
  return text.replace(/[\\{}~]|\r\n|\r|\n/g, (char) =>
    char === '\\' || char === '{' || char === '}' || char === '~' ? `\\${char}` : '\\n',
  );
}

/** Undoes escapeCommentText: `\n` is a line break, `\x` is x. */
export function unescapeCommentText(text: string): string {
  let out = '';
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '\\' && index + 1 < text.length) {
      const next = text[++index];
      out += next === 'n' ? '\n' : next;
    } else out += char;
  }
  return out;
}

/** Writes a comment (with its `{>>` and `<<}`). */
export function writeComment(comment: CriticComment): string {
  const parts: string[] = [];
  if (comment.id) parts.push(`#${comment.id}`);
  if (comment.resolved) parts.push('(resolved)');
  if (comment.author !== undefined && comment.at !== undefined) parts.push(`${escapeCommentText(comment.author)} (${comment.at})`);
  let body = parts.join(' ');
  if (comment.format) {
    const names = [...comment.format.add.map((name) => `+${name}`), ...comment.format.remove.map((name) => `-${name}`)];
    body += ` format${names.length ? ` ${names.join(' ')}` : ''}`;
  }
  if (comment.text !== undefined) {
    const text = escapeCommentText(comment.text);
    body = body === '' ? text : `${body}: ${text}`;
  }
  return `{>>${body}<<}`;
}

/** Where `(TIME)` starts in `raw`, at `from` or after a space past it; -1 when nowhere. */
function findStamp(raw: string, from: number): number {
  for (let index = raw.indexOf('(', from); index !== -1; index = raw.indexOf('(', index + 1)) {
    const close = index + 1 + TIMESTAMP_LENGTH;
    if ((index === from || raw[index - 1] === ' ') && raw[close] === ')' && TIMESTAMP.test(raw.slice(index + 1, close))) return index;
  }
  return -1;
}

/** Reads a comment's content (what is between `{>>` and `<<}`). */
export function readComment(raw: string): CriticComment {
  let at = 0;
  const comment: CriticComment = {};
  if (raw[0] === '#') {
    let end = 1;
    while (end < raw.length && raw[end] !== ' ') end++;
    if (end > 1) {
      comment.id = raw.slice(1, end);
      at = end + 1;
      if (end >= raw.length) return comment;
      if (raw.startsWith('(resolved) ', at)) {
        comment.resolved = true;
        at += '(resolved) '.length;
      }
    }
  }
  const stamp = findStamp(raw, at);
  if (stamp !== -1) {
    const afterStamp = stamp + 2 + TIMESTAMP_LENGTH;
    const author = unescapeCommentText(raw.slice(at, Math.max(at, stamp - 1)));
    const withMeta = { ...comment, author, at: raw.slice(stamp + 1, afterStamp - 1) };
    const rest = raw.slice(afterStamp);
    if (rest === '') return withMeta;
    if (rest.startsWith(': ')) return { ...withMeta, text: unescapeCommentText(rest.slice(2)) };
    if (rest === ' format' || rest.startsWith(' format ')) {
      const names = rest.slice(' format'.length).split(' ').filter(Boolean);
      return {
        ...withMeta,
        format: {
          add: names.filter((name) => name.startsWith('+')).map((name) => name.slice(1)),
          remove: names.filter((name) => name.startsWith('-')).map((name) => name.slice(1)),
        },
      };
    }
  }
  if (comment.id && at >= raw.length) return comment;
  // Anything else is a plain comment: all of it is the text (an id prefix too, when the rest did not fit).
  return { text: unescapeCommentText(raw) };
}
