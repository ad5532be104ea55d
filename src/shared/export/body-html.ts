/**
 * A Tiptap body as an HTML fragment, in one linear pass (parts pushed to an
 * array per top-level block, joined once per block and once for the body).
 *
 * Blocks: StarterKit's, as their HTML elements. Marks: `<strong>`, `<em>`,
 * `<s>`, `<u>`, `<code>`, `<a>` (only safe addresses keep their href). Speaker marks:
 * - a mention: `<span data-speaker-mention data-speaker-id="…">`
 * - a paraphrase: `<span data-attribution="paraphrase" data-speaker-id="…">`
 * - a direct quote: `<q data-attribution="direct" data-speaker-id="…">` — or, when a
 *   whole blockquote is one speaker's direct quote, `<figure data-attribution="direct"
 *   data-speaker-id="…"><blockquote>…</blockquote><figcaption>name, role</figcaption></figure>`.
 *
 * A picture: `<figure class="picture">` with its `<img>` and caption (figure-html.ts).
 *
 * No whitespace is written between blocks, so text whitespace is exactly the
 * article's and an importer can keep it.
 *
 * A review copy (`bodyToReviewHtml`) writes suggestions as `<ins>`/`<del>` and
 * notes' words as `<mark>` with a footnote reference (review/review-html.ts).
 */
import type { NodeJson } from '../article';
import type { NoteThread } from '../notes/note-thread';
import { type ReviewHtmlState, reviewHtmlState, reviewMarkTags } from '../review/review-html';
import type { Speaker } from '../speaker';
import { isSafeHref } from '../url-policy';
import { figureToHtml } from './figure-html';
import { encodeHref, escapeHtml } from './html-text';
import { buildInlineTree, type InlinePiece, type MarkJson } from './inline-runs';

const MARK_TAGS: Record<string, string> = { bold: 'strong', italic: 'em', strike: 's', underline: 'u', code: 'code' };

/** Renders `body` (a doc node) to HTML; `speakers` names the speakers of whole-blockquote quotes. */
export function bodyToHtml(body: NodeJson, speakers: ReadonlyMap<string, Speaker>): string {
  // Each top-level block is joined on its own, so the many small parts die young instead of
  // piling up in one document-long array (that made 80,000 words cost over 5× 20,000).
  const blocks: string[] = [];
  for (const block of body.content ?? []) {
    const out: string[] = [];
    writeBlock(block, out, speakers);
    blocks.push(out.join(''));
  }
  return blocks.join('');
}

/** The review copy being written, if one is (the writer is synchronous, so one at a time). */
let review: ReviewHtmlState | null = null;

/** Renders `body` with its suggestions and notes marked; `state` then numbers the notes for their asides. */
export function bodyToReviewHtml(
  body: NodeJson,
  speakers: ReadonlyMap<string, Speaker>,
  notes: readonly NoteThread[],
): { html: string; state: ReviewHtmlState } {
  const state = reviewHtmlState(notes);
  review = state;
  try {
    return { html: bodyToHtml(body, speakers), state };
  } finally {
    review = null;
  }
}

function writeBlock(node: NodeJson, out: string[], speakers: ReadonlyMap<string, Speaker>): void {
  switch (node.type) {
    case 'paragraph':
      out.push('<p>');
      writeInline(node.content ?? [], out);
      out.push('</p>');
      return;
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(node.attrs?.level ?? 2)));
      out.push(`<h${level}>`);
      writeInline(node.content ?? [], out);
      out.push(`</h${level}>`);
      return;
    }
    case 'blockquote': {
      const quoted = wholeQuoteSpeaker(node);
      if (quoted) {
        writeQuoteFigure(node, quoted, out, speakers);
        return;
      }
      out.push('<blockquote>');
      for (const child of node.content ?? []) writeBlock(child, out, speakers);
      out.push('</blockquote>');
      return;
    }
    case 'bulletList':
    case 'orderedList': {
      const tag = node.type === 'bulletList' ? 'ul' : 'ol';
      const start = Number(node.attrs?.start ?? 1);
      const type = node.attrs?.type;
      const attributes =
        (tag === 'ol' && start !== 1 ? ` start="${start}"` : '') +
        (tag === 'ol' && typeof type === 'string' && type ? ` type="${escapeHtml(type)}"` : '');
      out.push(`<${tag}${attributes}>`);
      for (const item of node.content ?? []) {
        out.push('<li>');
        for (const child of item.content ?? []) writeBlock(child, out, speakers);
        out.push('</li>');
      }
      out.push(`</${tag}>`);
      return;
    }
    case 'codeBlock': {
      const language = node.attrs?.language;
      const className = typeof language === 'string' && language ? ` class="language-${escapeHtml(language)}"` : '';
      out.push(`<pre><code${className}>`);
      for (const child of node.content ?? []) out.push(escapeHtml(child.text ?? ''));
      out.push('</code></pre>');
      return;
    }
    case 'horizontalRule':
      out.push('<hr>');
      return;
    case 'figure':
      out.push(figureToHtml(node));
      return;
    default:
      // An unknown block keeps its text rather than vanishing.
      out.push('<div>');
      for (const child of node.content ?? []) {
        if (child.type === 'text' || child.type === 'hardBreak') writeInline([child], out);
        else writeBlock(child, out, speakers);
      }
      out.push('</div>');
  }
}

/** The speaker id when every text in the blockquote's paragraphs is one speaker's direct quote. */
function wholeQuoteSpeaker(node: NodeJson): string | null {
  let speaker: string | null = null;
  for (const child of node.content ?? []) {
    if (child.type !== 'paragraph' || !child.content?.length) return null;
    for (const inline of child.content) {
      const mark = inline.marks?.find(
        (candidate) => candidate.type === 'speakerAttribution' && (candidate.attrs?.kind ?? 'direct') === 'direct',
      );
      const id = typeof mark?.attrs?.speakerId === 'string' ? mark.attrs.speakerId : null;
      if (!id || (speaker !== null && id !== speaker)) return null;
      speaker = id;
    }
  }
  return speaker;
}

function writeQuoteFigure(node: NodeJson, speakerId: string, out: string[], speakers: ReadonlyMap<string, Speaker>): void {
  const speaker = speakers.get(speakerId);
  out.push(`<figure data-attribution="direct" data-speaker-id="${escapeHtml(speakerId)}"><blockquote>`);
  for (const paragraph of node.content ?? []) {
    out.push('<p>');
    const withoutQuote = (paragraph.content ?? []).map((inline) => ({
      ...inline,
      marks: inline.marks?.filter((mark) => !(mark.type === 'speakerAttribution' && (mark.attrs?.kind ?? 'direct') === 'direct')),
    }));
    writeInline(withoutQuote, out);
    out.push('</p>');
  }
  const caption = speaker ? [speaker.name, speaker.role, speaker.organization].filter(Boolean).join(', ') : 'Unknown speaker';
  out.push(
    `</blockquote><figcaption>— <span data-speaker-id="${escapeHtml(speakerId)}">${escapeHtml(caption)}</span></figcaption></figure>`,
  );
}

function writeInline(nodes: readonly NodeJson[], out: string[]): void {
  writePieces(buildInlineTree(nodes), out);
}

function writePieces(pieces: readonly InlinePiece[], out: string[]): void {
  for (const piece of pieces) {
    if (piece.kind === 'leaf') {
      if (piece.node.type === 'hardBreak') out.push('<br>');
      else out.push(escapeHtml(piece.node.text ?? ''));
      continue;
    }
    const [open, close] = (review && reviewMarkTags(piece.mark.type, piece.mark.attrs ?? {}, review)) || markTags(piece.mark);
    const link = review !== null && piece.mark.type === 'link';
    if (link) review!.linkDepth++;
    out.push(open);
    writePieces(piece.children, out);
    if (link) review!.linkDepth--;
    out.push(close);
  }
}

function attribute(name: string, value: unknown): string {
  return typeof value === 'string' && value !== '' ? ` ${name}="${escapeHtml(value)}"` : '';
}

function markTags(mark: MarkJson): [string, string] {
  const attrs = mark.attrs ?? {};
  const tag = MARK_TAGS[mark.type];
  if (tag) return [`<${tag}>`, `</${tag}>`];
  switch (mark.type) {
    case 'link': {
      const href = typeof attrs.href === 'string' && isSafeHref(attrs.href) ? attrs.href : null;
      const extra = attribute('title', attrs.title) + attribute('class', attrs.class);
      if (href === null) return [`<a${extra}>`, '</a>'];
      return [
        `<a href="${escapeHtml(encodeHref(href))}"${attribute('target', attrs.target)}${attribute('rel', attrs.rel)}${extra}>`,
        '</a>',
      ];
    }
    case 'speakerMention':
      return [`<span data-speaker-mention=""${attribute('data-speaker-id', attrs.speakerId)}>`, '</span>'];
    case 'speakerAttribution':
      if (attrs.kind === 'paraphrase')
        return [`<span data-attribution="paraphrase"${attribute('data-speaker-id', attrs.speakerId)}>`, '</span>'];
      return [`<q data-attribution="direct"${attribute('data-speaker-id', attrs.speakerId)}>`, '</q>'];
    default:
      return ['<span>', '</span>'];
  }
}
