/**
 * CommonMark → Tiptap body, through markdown-it's token stream (no DOM), so
 * main, the CLI and tests read Markdown alike.
 *
 * Reads back everything body-markdown.ts writes — including its inline HTML
 * (`<span data-speaker-…>`, `<q data-attribution>`, `<strong>`/`<b>`, `<em>`/`<i>`,
 * `<s>`/`<del>`, `<u>`, `<code>`, `<br>`) and `<p></p>` for an empty paragraph.
 * Other raw HTML is never rendered: an unknown inline tag is dropped (its text
 * stays), an HTML block goes to `options.htmlBlock` (main passes the sanitizing
 * HTML importer) or, without one, keeps its text as a paragraph. An image in a
 * paragraph becomes a figure between the text before and after it (alt text,
 * its title as the caption, its destination as written: main brings the
 * picture file in, see media/imported-pictures.ts); in a heading it keeps its
 * alt text. Link addresses are kept exactly; unsafe ones (javascript: …) lose the link, not the text.
 *
 * CriticMarkup (review copies, review/critic-markup-rule.ts) becomes suggestion
 * and note marks through `options.review`; without a reader its changes keep
 * their text unmarked and its comments are dropped. A paragraph of comments
 * alone holds orphaned notes' threads and makes no paragraph.
 */
import type { Mark, Node as ProseMirrorNode, Schema } from '@tiptap/pm/model';
import MarkdownIt from 'markdown-it';

import type { NodeJson } from '../article';
import type { ReviewReader } from '../review/critic-markup-reader';
import { criticMarkupPlugin, type CriticTokenMeta } from '../review/critic-markup-rule';
import { isSafeHref } from '../url-policy';
import { deskSchema, docToJson } from './desk-schema';

export interface MarkdownParseOptions {
  /** Turns a raw HTML block into body blocks; without it the block's text becomes a paragraph. */
  htmlBlock?: (html: string) => NodeJson[];
  /** Reads CriticMarkup into suggestion and note marks and collects the notes' threads. */
  review?: ReviewReader;
  /** When unsigned CriticMarkup is dated (ISO); the import's time by default. */
  now?: string;
}

/** What a parse met that the schema cannot hold (the CommonMark stability measure skips such input). */
export interface MarkdownParseReport {
  unrepresentable: string[];
}

type MarkdownParser = ReturnType<typeof MarkdownIt>;
type Token = ReturnType<MarkdownParser['parse']>[number];

let parser: MarkdownParser | undefined;

function markdownParser(): MarkdownParser {
  if (parser) return parser;
  parser = new MarkdownIt('commonmark', { html: true });
  // Keep addresses exactly as written (markdown-it would percent-encode them); safety is checked below.
  parser.normalizeLink = (url: string) => url;
  parser.normalizeLinkText = (text: string) => text;
  parser.validateLink = () => true;
  parser.use(criticMarkupPlugin);
  return parser;
}

const INLINE_TAG = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s[^>]*)?)\/?>$/;
const ATTRIBUTE = /([A-Za-z_:][-A-Za-z0-9_.:]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const SIMPLE_MARKS: Record<string, string> = {
  strong: 'bold',
  b: 'bold',
  em: 'italic',
  i: 'italic',
  s: 'strike',
  del: 'strike',
  strike: 'strike',
  u: 'underline',
  code: 'code',
};

function decodeAttribute(value: string): string {
  return value.replace(
    /&(amp|lt|gt|quot|#39|#x27);/g,
    (_m, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[name] ?? _m,
  );
}

function readAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE))
    attributes.set(match[1].toLowerCase(), decodeAttribute(match[2] ?? match[3] ?? match[4] ?? ''));
  return attributes;
}

/**
 * Replaces each `<…>` by a space, keeping an unterminated `<` and what follows
 * as text — as `/<[^>]*>/g` does, but in one pass (that expression rescans to
 * the end of the text from every unterminated `<`).
 */
function stripTags(html: string): string {
  const parts: string[] = [];
  let at = 0;
  for (let open = html.indexOf('<'); open !== -1; open = html.indexOf('<', at)) {
    const close = html.indexOf('>', open);
    if (close === -1) break;
    parts.push(html.slice(at, open), ' ');
    at = close + 1;
  }
  parts.push(html.slice(at));
  return parts.join('');
}

/** Parses Markdown (no front matter) into a checked body. */
export function markdownToBody(markdown: string, options: MarkdownParseOptions = {}, report?: MarkdownParseReport): NodeJson {
  const schema = deskSchema();
  const tokens = markdownParser().parse(markdown, {});
  const note = (what: string) => report?.unrepresentable.push(what);
  let position = 0;

  const blocks = (closing: string | null): ProseMirrorNode[] => {
    const nodes: ProseMirrorNode[] = [];
    while (position < tokens.length) {
      const token = tokens[position];
      if (closing !== null && token.type === closing) {
        position++;
        return nodes;
      }
      position++;
      switch (token.type) {
        case 'paragraph_open': {
          const inline = tokens[position++];
          position++; // paragraph_close
          const children = inline.children ?? [];
          if (children.some((child) => child.type === 'image')) {
            nodes.push(...paragraphWithPictures(children));
            break;
          }
          const content = inlineNodes(children);
          if (content.length > 0 || !children.some((child) => child.type === 'critic_comment')) {
            nodes.push(schema.nodes.paragraph.create(null, content));
          }
          break;
        }
        case 'heading_open': {
          const level = Math.min(3, Math.max(2, Number(token.tag.slice(1))));
          if (token.tag !== `h${level}`) note(`heading ${token.tag}`);
          const inline = tokens[position++];
          position++;
          nodes.push(schema.nodes.heading.create({ level }, inlineNodes(inline.children ?? [])));
          break;
        }
        case 'blockquote_open': {
          const content = blocks('blockquote_close');
          nodes.push(schema.nodes.blockquote.create(null, content.length > 0 ? content : [schema.nodes.paragraph.create()]));
          break;
        }
        case 'bullet_list_open':
        case 'ordered_list_open': {
          const ordered = token.type === 'ordered_list_open';
          const items = listItems(ordered ? 'ordered_list_close' : 'bullet_list_close');
          const start = Number(token.attrGet('start') ?? 1);
          nodes.push(ordered ? schema.nodes.orderedList.create({ start }, items) : schema.nodes.bulletList.create(null, items));
          break;
        }
        case 'fence':
        case 'code_block': {
          const text = token.content.endsWith('\n') ? token.content.slice(0, -1) : token.content;
          const language = token.type === 'fence' ? token.info.trim() || null : null;
          nodes.push(schema.nodes.codeBlock.create({ language }, text ? schema.text(text) : null));
          break;
        }
        case 'hr':
          nodes.push(schema.nodes.horizontalRule.create());
          break;
        case 'html_block':
          nodes.push(...htmlBlock(token.content));
          break;
        default:
          note(`token ${token.type}`);
      }
    }
    return nodes;
  };

  const listItems = (closing: string): ProseMirrorNode[] => {
    const items: ProseMirrorNode[] = [];
    while (position < tokens.length && tokens[position].type !== closing) {
      position++; // list_item_open
      const content = blocks('list_item_close');
      if (content[0]?.type !== schema.nodes.paragraph) content.unshift(schema.nodes.paragraph.create());
      items.push(schema.nodes.listItem.create(null, content));
    }
    position++;
    return items;
  };

  const htmlBlock = (html: string): ProseMirrorNode[] => {
    if (/^\s*<p>\s*<\/p>\s*$/i.test(html)) return [schema.nodes.paragraph.create()];
    note('html block');
    if (options.htmlBlock) return options.htmlBlock(html).map((json) => schema.nodeFromJSON(json));
    const text = stripTags(html).replace(/\s+/g, ' ').trim();
    return text ? [schema.nodes.paragraph.create(null, schema.text(text))] : [];
  };

  const inlineNodes = (children: Token[]): ProseMirrorNode[] => inlineContent(schema, children, note, options.review);

  /** A paragraph's inline tokens, each image lifted out as a figure between the text before and after it. */
  const paragraphWithPictures = (children: Token[]): ProseMirrorNode[] => {
    if (!children.some((token) => token.type === 'image')) return [schema.nodes.paragraph.create(null, inlineNodes(children))];
    const blocks: ProseMirrorNode[] = [];
    let run: Token[] = [];
    const flush = () => {
      const meaningful = run.some(
        (token) => token.type !== 'softbreak' && token.type !== 'hardbreak' && !(token.type === 'text' && token.content.trim() === ''),
      );
      if (meaningful) blocks.push(schema.nodes.paragraph.create(null, inlineNodes(trimmedAtEdges(run))));
      run = [];
    };
    for (const token of children) {
      if (token.type !== 'image') {
        run.push(token);
        continue;
      }
      flush();
      blocks.push(
        schema.nodes.figure.create({
          src: token.attrGet('src') ?? '',
          alt: plainText(token.children ?? []),
          caption: token.attrGet('title') ?? '',
        }),
      );
    }
    flush();
    return blocks;
  };

  const content = blocks(null);
  return docToJson(schema.nodes.doc.create(null, content.length > 0 ? content : [schema.nodes.paragraph.create()]));
}

/** The tokens with the space where a picture was taken out trimmed: leading space of the first text, trailing of the last. */
function trimmedAtEdges(run: Token[]): Token[] {
  const copy = (token: Token, content: string): Token =>
    Object.assign(Object.create(Object.getPrototypeOf(token) as object) as Token, token, { content });
  const trimmed = [...run];
  const first = trimmed[0];
  if (first?.type === 'text') trimmed[0] = copy(first, first.content.trimStart());
  const last = trimmed[trimmed.length - 1];
  if (last?.type === 'text') trimmed[trimmed.length - 1] = copy(last, last.content.trimEnd());
  return trimmed;
}

/** The plain text of inline tokens (an image's description), as CommonMark renders alt text. */
function plainText(children: Token[]): string {
  return children
    .map((token) => {
      if (token.type === 'text' || token.type === 'code_inline') return token.content;
      if (token.type === 'image') return plainText(token.children ?? []);
      if (token.type === 'softbreak' || token.type === 'hardbreak') return ' ';
      return '';
    })
    .join('');
}

function inlineContent(schema: Schema, children: Token[], note: (what: string) => void, review?: ReviewReader): ProseMirrorNode[] {
  const nodes: ProseMirrorNode[] = [];
  // Open marks, innermost last; `tag` is what closes each (an HTML tag name or a token type).
  const open: { tag: string; mark: Mark | null }[] = [];
  const marks = () => open.reduce<readonly Mark[]>((set, entry) => (entry.mark ? entry.mark.addToSet(set) : set), []);
  const text = (value: string, extra?: Mark) => {
    if (value === '') return;
    nodes.push(schema.text(value, extra ? extra.addToSet(marks()) : marks()));
  };
  const close = (tag: string) => {
    const at = open.map((entry) => entry.tag).lastIndexOf(tag);
    if (at !== -1) open.splice(at, 1);
  };
  // Each CriticMarkup level opens several marks at once (a suggestion, notes); its tag closes them all.
  const critics: string[] = [];
  for (const token of children) {
    switch (token.type) {
      case 'text':
        text(token.content);
        break;
      case 'softbreak':
        text(' ');
        break;
      case 'hardbreak':
        nodes.push(schema.nodes.hardBreak.create(null, null, marks()));
        break;
      case 'code_inline':
        text(token.content, schema.marks.code.create());
        break;
      case 'strong_open':
        open.push({ tag: 'strong_close', mark: schema.marks.bold.create() });
        break;
      case 'em_open':
        open.push({ tag: 'em_close', mark: schema.marks.italic.create() });
        break;
      case 'link_open': {
        const href = String(token.attrGet('href') ?? '');
        const title = token.attrGet('title') || null;
        open.push({ tag: 'link_close', mark: isSafeHref(href) ? schema.marks.link.create({ href, title }) : null });
        break;
      }
      case 'strong_close':
      case 'em_close':
      case 'link_close':
        close(token.type);
        break;
      case 'image':
        // Only in a heading (paragraphs lift images out as figures): the alt text stays.
        note('image');
        text(plainText(token.children ?? []));
        break;
      case 'html_inline':
        htmlInline(token.content);
        break;
      case 'critic_open': {
        const tag = `critic ${critics.length}`;
        critics.push(tag);
        const { group, part } = token.meta as CriticTokenMeta;
        for (const mark of review?.marksFor(group, part) ?? []) open.push({ tag, mark });
        break;
      }
      case 'critic_close': {
        const tag = critics.pop();
        for (let at = open.length - 1; at >= 0; at--) if (open[at].tag === tag) open.splice(at, 1);
        break;
      }
      case 'critic_comment':
        review?.resolve((token.meta as CriticTokenMeta).group);
        break;
      default:
        note(`inline ${token.type}`);
        text(token.content);
    }
  }
  return nodes;

  function htmlInline(source: string): void {
    const tag = INLINE_TAG.exec(source.trim());
    if (!tag) {
      note('inline html');
      return;
    }
    const [, closing, rawName, attributeSource] = tag;
    const name = rawName.toLowerCase();
    if (closing) {
      close(name);
      return;
    }
    if (name === 'br') {
      nodes.push(schema.nodes.hardBreak.create(null, null, marks()));
      return;
    }
    const attributes = readAttributes(attributeSource);
    const speakerId = attributes.get('data-speaker-id') ?? null;
    let mark: Mark | null = null;
    if (SIMPLE_MARKS[name]) mark = schema.marks[SIMPLE_MARKS[name]].create();
    else if ((name === 'span' || name === 'q') && attributes.has('data-attribution')) {
      mark = schema.marks.speakerAttribution.create({
        speakerId,
        kind: attributes.get('data-attribution') === 'paraphrase' ? 'paraphrase' : 'direct',
      });
    } else if (name === 'span' && attributes.has('data-speaker-mention')) {
      mark = schema.marks.speakerMention.create({ speakerId });
    } else note(`inline html <${name}>`);
    open.push({ tag: name, mark });
  }
}
