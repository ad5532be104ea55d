/**
 * A Tiptap body as CommonMark, in one linear pass (parts pushed to arrays,
 * joined once per block).
 *
 * What StarterKit holds exports as CommonMark: `##`/`###` headings, `>` quotes,
 * `-`/`1.` lists (consecutive lists alternate `-`/`*` and `.`/`)` so they stay
 * apart), fenced code, `---`, `*em*`, `**strong**`, `` `code` ``, `[text](<href> "title")`,
 * `\` line breaks. Where CommonMark cannot say it exactly — emphasis whose
 * delimiters would not flank, a break at a block's edge or in a heading, strike
 * and underline, an empty paragraph — the export uses inline HTML (`<em>`,
 * `<strong>`, `<s>`, `<u>`, `<code>`, `<br>`, `<p></p>`), which every Markdown
 * viewer renders.
 *
 * A picture is an image on its own line, alt text and caption in it (figure-markdown.ts).
 *
 * Speaker marks are inline HTML spans, the same attributes as in the editor
 * and the HTML export, so any viewer shows the plain text and our importer
 * (markdown-body.ts) reads the marks back:
 * - mention: `<span data-speaker-mention data-speaker-id="ID">Hong Lei</span>`
 * - quote: `<span data-attribution="direct" data-speaker-id="ID">…</span>`
 * - paraphrase: `<span data-attribution="paraphrase" data-speaker-id="ID">…</span>`
 *
 * A review copy (`bodyToReviewMarkdown`) writes suggestions and notes as
 * CriticMarkup (review/critic-markup-writer.ts), escapes `{`, `}` and `~` in
 * the text so none reads as CriticMarkup, and ends with a paragraph holding
 * the threads of orphaned notes.
 */
import type { NodeJson } from '../article';
import type { NoteThread } from '../notes/note-thread';
import { type CriticMarkupState, criticMarkupState, orphanedNotesParagraph, writeCriticInline } from '../review/critic-markup-writer';
import { hasReviewMarks } from '../review/review-runs';
import { isSafeHref } from '../url-policy';
import { figureToMarkdown } from './figure-markdown';
import { escapeHtml } from './html-text';
import { buildInlineTree, type InlinePiece, type MarkJson } from './inline-runs';
import { escapeLineEnd, escapeLineStart, escapeMarkdownText, isPunctuation, isWhitespace } from './markdown-text';

/** Stands for "some punctuation" where the exact neighbour is a delimiter not chosen yet. */
const PUNCTUATION = '!';

const HTML_TAGS: Record<string, string> = { bold: 'strong', italic: 'em', strike: 's', underline: 'u', code: 'code' };

export function bodyToMarkdown(body: NodeJson): string {
  return writeBlocks(body.content ?? []).join('\n') + '\n';
}

/** The review copy's body, while one is being written (the writer is synchronous, so one at a time). */
let review: CriticMarkupState | null = null;

/** A body with its suggestions and notes as CriticMarkup; `notes` are the article's threads. */
export function bodyToReviewMarkdown(body: NodeJson, notes: readonly NoteThread[]): string {
  review = criticMarkupState(notes);
  try {
    const lines = writeBlocks(body.content ?? []);
    const orphaned = orphanedNotesParagraph(notes, review);
    if (orphaned) lines.push('', orphaned);
    return lines.join('\n') + '\n';
  } finally {
    review = null;
  }
}

/** The lines of a sequence of sibling blocks, separated by blank lines. */
function writeBlocks(blocks: readonly NodeJson[]): string[] {
  const lines: string[] = [];
  let previous: NodeJson | undefined;
  let bulletMarker = '-';
  let orderedDelimiter = '.';
  for (const block of blocks) {
    if (previous) lines.push('');
    if (block.type === 'bulletList') {
      bulletMarker = previous?.type === 'bulletList' ? (bulletMarker === '-' ? '*' : '-') : '-';
      pushAll(
        lines,
        writeList(block, () => `${bulletMarker} `),
      );
    } else if (block.type === 'orderedList') {
      orderedDelimiter = previous?.type === 'orderedList' ? (orderedDelimiter === '.' ? ')' : '.') : '.';
      const start = Number(block.attrs?.start ?? 1);
      pushAll(
        lines,
        writeList(block, (index) => `${start + index}${orderedDelimiter} `),
      );
    } else {
      pushAll(lines, writeBlock(block));
    }
    previous = block;
  }
  return lines;
}

function pushAll(target: string[], source: readonly string[]): void {
  for (const line of source) target.push(line);
}

function writeList(list: NodeJson, marker: (index: number) => string): string[] {
  const lines: string[] = [];
  (list.content ?? []).forEach((item, index) => {
    const first = marker(index);
    const indent = ' '.repeat(first.length);
    writeBlocks(item.content ?? []).forEach((line, lineIndex) => {
      lines.push(lineIndex === 0 ? first + line : line === '' ? '' : indent + line);
    });
  });
  return lines;
}

function writeBlock(node: NodeJson): string[] {
  switch (node.type) {
    case 'paragraph': {
      if (!node.content?.length) return ['<p></p>'];
      const lines = textLines(writeInline(node.content, false));
      // A first line that is one lone tag would start an HTML block, not a paragraph.
      if (lines[0] === '<br>') lines[0] = '<span><br></span>';
      return lines;
    }
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(node.attrs?.level ?? 2)));
      const [line] = textLines(writeInline(node.content ?? [], true));
      return [`${'#'.repeat(level)}${line ? ` ${line}` : ''}`];
    }
    case 'blockquote':
      return writeBlocks(node.content ?? []).map((line) => (line === '' ? '>' : `> ${line}`));
    case 'codeBlock':
      return writeCodeBlock(node);
    case 'horizontalRule':
      return ['---'];
    case 'figure':
      return [figureToMarkdown(node)];
    case 'bulletList':
    case 'orderedList':
      return writeBlocks([node]);
    default:
      // An unknown block keeps its text as a paragraph rather than vanishing.
      return textLines(
        writeInline(
          (node.content ?? []).filter((child) => child.type === 'text' || child.type === 'hardBreak'),
          false,
        ),
      );
  }
}

/** Splits an inline string at its hard breaks and escapes each line's edges. */
function textLines(inline: string): string[] {
  const lines = inline.split('\n');
  return lines.map((line, index) => {
    const last = index === lines.length - 1;
    // Every line but the last ends with the hard break's backslash.
    const body = last ? line : line.slice(0, -1);
    return escapeLineStart(escapeLineEnd(body)) + (last ? '' : '\\');
  });
}

function writeCodeBlock(node: NodeJson): string[] {
  const text = (node.content ?? []).map((child) => child.text ?? '').join('');
  const language = typeof node.attrs?.language === 'string' ? node.attrs.language : '';
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fenceChar = language.includes('`') ? '~' : '`';
  const longestTilde = Math.max(0, ...(text.match(/~+/g) ?? []).map((run) => run.length));
  const fence = fenceChar.repeat(Math.max(3, (fenceChar === '`' ? longest : longestTilde) + 1));
  const lines = [fence + escapeMarkdownText(language)];
  if (text !== '') pushAll(lines, text.split('\n'));
  lines.push(fence);
  return lines;
}

/** The inline content of one textblock; "\n" appears only after a hard break's backslash. */
function writeInline(nodes: readonly NodeJson[], inHeading: boolean): string {
  if (review && hasReviewMarks(nodes)) return writeCriticInline(nodes, review, (run) => writePieces(buildInlineTree(run), true, inHeading));
  return writePieces(buildInlineTree(nodes), false, inHeading);
}

/** Text escaped for Markdown; in a review copy `{`, `}` and `~` too, so no text reads as CriticMarkup. */
function escapeText(text: string): string {
  const escaped = escapeMarkdownText(text);
  return review ? escaped.replace(/[{}~]/g, '\\$&') : escaped;
}

function writePieces(pieces: readonly InlinePiece[], insideSpan: boolean, inHeading: boolean): string {
  const edge = insideSpan ? PUNCTUATION : undefined;
  const leaves = pieces.map((piece) =>
    piece.kind === 'leaf' && piece.node.type !== 'hardBreak' ? escapeText(piece.node.text ?? '') : null,
  );
  const parts: string[] = [];
  let last: string | undefined = edge;
  pieces.forEach((piece, index) => {
    let emitted: string;
    if (piece.kind === 'leaf') {
      if (piece.node.type === 'hardBreak') {
        const next = pieces[index + 1];
        const between = index > 0 && next !== undefined && !isBreak(pieces[index - 1]) && !isBreak(next);
        emitted = !inHeading && between ? '\\\n' : '<br>';
      } else {
        emitted = leaves[index] ?? '';
      }
    } else {
      const inner = writePieces(piece.children, true, inHeading);
      const following = pieces[index + 1];
      const next = following === undefined ? edge : following.kind === 'leaf' && leaves[index + 1] ? leaves[index + 1]![0] : PUNCTUATION;
      emitted = wrapMark(piece.mark, inner, last, next);
    }
    if (emitted !== '') {
      parts.push(emitted);
      last = emitted[emitted.length - 1];
    }
  });
  return parts.join('');
}

function isBreak(piece: InlinePiece): boolean {
  return piece.kind === 'leaf' && piece.node.type === 'hardBreak';
}

/** True when `*`-delimiters around `inner` open and close exactly there (CommonMark's flanking rules). */
function delimitersFlank(inner: string, previous: string | undefined, next: string | undefined): boolean {
  if (inner === '' || previous === '*' || inner.startsWith('*') || inner.endsWith('*') || inner.includes('\n')) return false;
  const first = inner[0];
  const last = inner[inner.length - 1];
  if (isWhitespace(first) || isWhitespace(last)) return false;
  const opens = !isPunctuation(first) || isWhitespace(previous) || isPunctuation(previous!);
  const closes = !isPunctuation(last) || isWhitespace(next) || isPunctuation(next!);
  return opens && closes;
}

function wrapMark(mark: MarkJson, inner: string, previous: string | undefined, next: string | undefined): string {
  const attrs = mark.attrs ?? {};
  switch (mark.type) {
    case 'bold':
    case 'italic': {
      const delimiter = mark.type === 'bold' ? '**' : '*';
      return delimitersFlank(inner, previous, next) ? `${delimiter}${inner}${delimiter}` : htmlWrap(mark.type, inner);
    }
    case 'code':
      return codeSpan(inner);
    case 'link': {
      // The HTML export's policy: an unsafe address (javascript:, vbscript:, data:…) loses the link, not the text.
      if (typeof attrs.href !== 'string' || !isSafeHref(attrs.href)) return inner;
      const href = attrs.href;
      // Any line ending (\r too) could end the paragraph and let what follows be read as raw HTML.
      const title =
        typeof attrs.title === 'string' && attrs.title !== ''
          ? ` "${attrs.title.replace(/[\\"&<>]/g, '\\$&').replace(/\r\n|\r|\n/g, '&#10;')}"`
          : '';
      return `[${inner}](<${href
        .replace(/[\\<>&]/g, '\\$&')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')}>${title})`;
    }
    case 'speakerMention':
      return `<span data-speaker-mention data-speaker-id="${escapeHtml(String(attrs.speakerId ?? ''))}">${inner}</span>`;
    case 'speakerAttribution':
      return `<span data-attribution="${attrs.kind === 'paraphrase' ? 'paraphrase' : 'direct'}" data-speaker-id="${escapeHtml(String(attrs.speakerId ?? ''))}">${inner}</span>`;
    default:
      return HTML_TAGS[mark.type] ? htmlWrap(mark.type, inner) : inner;
  }
}

function htmlWrap(type: string, inner: string): string {
  const tag = HTML_TAGS[type];
  return `<${tag}>${inner}</${tag}>`;
}

/**
 * A code span. `escaped` is the text as escapeMarkdownText gave it; a code span
 * holds raw text, so undo that first. Falls back to `<code>` where a backtick
 * run would not do (a newline in the text, or a fence long enough to start a code block).
 */
function codeSpan(escaped: string): string {
  const text = escaped.replace(
    /\\([\\`*_[\]<#&!])|&#(10|13|9);/g,
    (_match, char: string | undefined, code: string | undefined) => char ?? String.fromCharCode(Number(code)),
  );
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  // In a review copy a code span may not hold CriticMarkup's characters raw: `<code>` keeps them escaped.
  if (/[\n\r]/.test(text) || longest >= 2 || (review && /[{}~]/.test(text))) return htmlWrap('code', escaped);
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
