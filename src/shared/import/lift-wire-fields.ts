/**
 * Markdown and HTML from a wire carry the byline and dateline inside the
 * body ("By Jane Roe", then "KALDER (Reuters) - The harbour…"). This lifts
 * them into the article's own fields, as the briefing parser does, and says
 * what it recognised. Only plain leading text is lifted: a byline paragraph
 * must be all text, and the dateline must lie inside the first paragraph's
 * first text run, so no mark or link is ever cut.
 */
import type { NodeJson } from '../article';
import { splitDateline } from '../briefing-parser';
import type { ImportedArticle } from './imported-article';
import { isBylineLine, isCreditLine } from './wire-copy';

function plainText(paragraph: NodeJson | undefined): string | null {
  if (paragraph?.type !== 'paragraph' || !paragraph.content?.every((child) => child.type === 'text')) return null;
  return paragraph.content.map((child) => child.text ?? '').join('');
}

/** The article with a leading byline paragraph and the first paragraph's dateline moved into their fields. */
export function liftWireFields(article: ImportedArticle): { article: ImportedArticle; recognised: string[] } {
  const recognised: string[] = [];
  let blocks = [...(article.body.content ?? [])];
  let { byline, dateline } = article;

  const firstText = plainText(blocks[0]);
  const secondRun = blocks[1]?.type === 'paragraph' ? blocks[1].content?.[0] : undefined;
  if (!byline && firstText !== null && isBylineLine(firstText) && secondRun?.type === 'text' && splitDateline(secondRun.text ?? '')) {
    byline = firstText.trim();
    blocks = blocks.slice(1);
    recognised.push(`Byline: ${byline}`);
  }

  const lead = blocks[0];
  const run = lead?.type === 'paragraph' ? lead.content?.[0] : undefined;
  const split = !dateline && run?.type === 'text' ? splitDateline(run.text ?? '') : null;
  if (lead && run && split) {
    dateline = split.dateline;
    blocks[0] = { ...lead, content: [{ ...run, text: split.text }, ...(lead.content ?? []).slice(1)] };
    recognised.push(split.agency ? `Dateline: ${dateline}, with the agency (${split.agency})` : `Dateline: ${dateline}`);
  }

  if (blocks.length > 1 && isCreditLine(plainText(blocks.at(-1)) ?? '')) recognised.push('Credit line, kept as the last paragraph');
  return { article: { ...article, byline, dateline, body: { ...article.body, content: blocks } }, recognised };
}
