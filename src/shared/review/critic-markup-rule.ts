/**
 * A markdown-it inline rule for CriticMarkup: `{++…++}`, `{--…--}`,
 * `{~~old~>new~~}`, `{==…==}` and `{>>…<<}` comments. A change or highlight
 * becomes `critic_open` / `critic_close` tokens around its parsed content
 * (emphasis and links inside work as usual, and never reach outside it); the
 * comments that follow it at once travel in the open token's `meta` as one
 * group. Comments standing alone become a `critic_comment` token.
 *
 * Linear in the text: every search for a closing delimiter is remembered per
 * delimiter, so later searches continue where an earlier one stopped instead
 * of rescanning (no backtracking expression is used).
 */
import type { MarkdownIt, StateInline } from 'markdown-it';

export type CriticKind = 'insertion' | 'deletion' | 'substitution' | 'highlight' | 'comment';

/** One change or highlight and the raw comments right after it (shared by both halves of a substitution). */
export interface CriticGroup {
  kind: CriticKind;
  comments: string[];
}

export type CriticTokenMeta = {
  group: CriticGroup;
  /** Which mark the content gets: the deleted or inserted half of a substitution, or the kind itself. */
  part: 'insertion' | 'deletion' | 'highlight';
};

const OPENERS: Record<string, { kind: CriticKind; close: string }> = {
  '++': { kind: 'insertion', close: '++}' },
  '--': { kind: 'deletion', close: '--}' },
  '~~': { kind: 'substitution', close: '~~}' },
  '==': { kind: 'highlight', close: '==}' },
  '>>': { kind: 'comment', close: '<<}' },
};

interface Found {
  from: number;
  at: number;
}

const searches = new WeakMap<object, Map<string, Found>>();

/**
 * The first `token` at or after `from` that no backslash escapes, or -1.
 * Remembers each answer, so a later search from inside the answered stretch costs nothing.
 */
function findFrom(state: StateInline, token: string, from: number): number {
  let known = searches.get(state);
  if (!known) searches.set(state, (known = new Map()));
  const cached = known.get(token);
  if (cached && cached.from <= from && (cached.at === -1 || cached.at >= from)) return cached.at;
  let at = state.src.indexOf(token, from);
  while (at > 0 && isEscaped(state.src, at)) at = state.src.indexOf(token, at + 1);
  known.set(token, { from, at });
  return at;
}

/** True when an odd number of backslashes stands right before `at`. */
function isEscaped(src: string, at: number): boolean {
  let slashes = 0;
  while (at - slashes - 1 >= 0 && src.charCodeAt(at - slashes - 1) === 0x5c) slashes++;
  return slashes % 2 === 1;
}

/** The comments starting at `at`, one after another: their contents and where they end. */
function readComments(state: StateInline, at: number): { comments: string[]; end: number } {
  const comments: string[] = [];
  let position = at;
  while (state.src.startsWith('{>>', position)) {
    const close = findFrom(state, '<<}', position + 3);
    if (close === -1 || close + 3 > state.posMax) break;
    comments.push(state.src.slice(position + 3, close));
    position = close + 3;
  }
  return { comments, end: position };
}

function tokenizeRange(state: StateInline, from: number, to: number, meta: CriticTokenMeta): void {
  const oldMax = state.posMax;
  const open = state.push('critic_open', '', 1);
  open.meta = meta;
  state.pos = from;
  state.posMax = to;
  state.md.inline.tokenize(state);
  state.posMax = oldMax;
  state.push('critic_close', '', -1);
}

function criticRule(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  if (state.src.charCodeAt(start) !== 0x7b /* { */) return false;
  const opener = OPENERS[state.src.slice(start + 1, start + 3)];
  if (!opener) return false;
  const close = findFrom(state, opener.close, start + 3);
  if (close === -1 || close + 3 > state.posMax) return false;

  if (opener.kind === 'comment') {
    const { comments, end } = readComments(state, start);
    if (!silent) state.push('critic_comment', '', 0).meta = { group: { kind: 'comment', comments }, part: 'highlight' };
    state.pos = end;
    return true;
  }
  let arrow = -1;
  if (opener.kind === 'substitution') {
    arrow = findFrom(state, '~>', start + 3);
    if (arrow === -1 || arrow > close) return false;
  }
  const { comments, end } = readComments(state, close + 3);
  if (!silent) {
    const group: CriticGroup = { kind: opener.kind, comments };
    if (opener.kind === 'substitution') {
      tokenizeRange(state, start + 3, arrow, { group, part: 'deletion' });
      tokenizeRange(state, arrow + 2, close, { group, part: 'insertion' });
    } else {
      tokenizeRange(state, start + 3, close, { group, part: opener.kind === 'highlight' ? 'highlight' : opener.kind });
    }
  }
  state.pos = end;
  return true;
}

/** Adds the CriticMarkup rule to a markdown-it parser. */
export function criticMarkupPlugin(md: MarkdownIt): void {
  md.inline.ruler.before('emphasis', 'critic_markup', criticRule);
}
