/**
 * The long story the editor benchmark types into: about 20,000 words in
 * paragraphs of about 100, in varied desk prose with a few misspellings (so
 * spellcheck has underlines to keep), plain or tagged with speaker marks
 * (a mention, a direct quote and a paraphrase in every paragraph).
 */
import type { NodeJson } from '../../src/shared/article';

const VOCABULARY = (
  'the ministry said on wednesday that talks with regional partners would resume next week after a pause of several months ' +
  'officials confirmed budget harbor dredging plan council members voted against proposal residents complained about noise ' +
  'flood warnings were lifted along river valley while engineers inspected damaged bridges and roads before traffic returned ' +
  'analysts expect interest rates to stay unchanged until inflation slows further according to figures published yesterday ' +
  'police spokesman declined comment investigation continues witnesses described chaotic scenes outside station late evening ' +
  'recieve teh goverment occured seperate'
).split(' ');

export interface BenchSpeaker {
  id: string;
  name: string;
}

const WORDS_PER_PARAGRAPH = 100;

function words(seed: number, count: number): string {
  return Array.from({ length: count }, (_, index) => VOCABULARY[(seed * 31 + index * 7 + ((seed * index) % 11)) % VOCABULARY.length]).join(
    ' ',
  );
}

function text(value: string, marks?: NodeJson['marks']): NodeJson {
  return marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
}

function plainParagraph(index: number): NodeJson {
  return { type: 'paragraph', content: [text(`${capitalized(words(index, WORDS_PER_PARAGRAPH))}.`)] };
}

function taggedParagraph(index: number, speakers: readonly BenchSpeaker[]): NodeJson {
  const speaker = speakers[index % speakers.length];
  const mention = [{ type: 'speakerMention', attrs: { speakerId: speaker.id } }];
  const direct = [{ type: 'speakerAttribution', attrs: { speakerId: speaker.id, kind: 'direct' } }];
  const paraphrase = [{ type: 'speakerAttribution', attrs: { speakerId: speaker.id, kind: 'paraphrase' } }];
  return {
    type: 'paragraph',
    content: [
      text(`${capitalized(words(index, 30))}, `),
      text(speaker.name, mention),
      text(' said. “'),
      text(`${capitalized(words(index + 1, 30))}.`, direct),
      text('” '),
      text(`${capitalized(words(index + 2, 20))}`, paraphrase),
      text(`, ${words(index + 3, 18)}.`),
    ],
  };
}

function capitalized(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** A body of about `wordCount` words; tagged when `speakers` are given. */
export function longBody(wordCount: number, speakers?: readonly BenchSpeaker[]): NodeJson {
  const paragraphs = Math.ceil(wordCount / WORDS_PER_PARAGRAPH);
  return {
    type: 'doc',
    content: Array.from({ length: paragraphs }, (_, index) => (speakers ? taggedParagraph(index, speakers) : plainParagraph(index))),
  };
}

/** The same body with every mark dropped: what a bare StarterKit editor (which knows no speaker marks) holds. */
export function withoutMarks(node: NodeJson): NodeJson {
  const { marks: _marks, content, ...rest } = node;
  return content ? { ...rest, content: content.map(withoutMarks) } : rest;
}

const SUGGESTION_AUTHORS = ['Rosa Lindqvist', 'Tom Reyes', 'Ana Berg'];

/**
 * The plain body with `count` open suggestions spread over its paragraphs (up
 * to three a paragraph, in turn an insertion, a deletion and a replacement of
 * one word, by three authors): the story suggest mode is measured on.
 */
export function withSuggestions(body: NodeJson, count: number): NodeJson {
  const paragraphs = body.content ?? [];
  const perParagraph = Math.max(1, Math.ceil(count / paragraphs.length));
  let made = 0;
  const content = paragraphs.map((paragraph, index) => {
    const source = paragraph.content?.[0]?.text ?? '';
    const wordList = source.split(' ');
    const pieces: NodeJson[] = [];
    let plain: string[] = [];
    const flush = () => {
      if (plain.length) pieces.push(text(plain.join(' ') + ' '));
      plain = [];
    };
    wordList.forEach((word, position) => {
      const slot = (position - 10) / 30;
      const last = position === wordList.length - 1;
      if (!last && Number.isInteger(slot) && slot >= 0 && slot < perParagraph && made < count) {
        const attrs = { id: `bench-${made}`, author: SUGGESTION_AUTHORS[made % 3], at: '2026-11-29T09:00:00.000Z' };
        const insertion = [{ type: 'suggestedInsertion', attrs }];
        const deletion = [{ type: 'suggestedDeletion', attrs }];
        flush();
        const kind = (index + made) % 3;
        if (kind === 0) pieces.push(text('newly ', insertion), text(`${word} `));
        else if (kind === 1) pieces.push(text(`${word} `, deletion));
        else pieces.push(text(`${word} `, deletion), text('revised ', insertion));
        made += 1;
        return;
      }
      plain.push(word);
    });
    if (plain.length) pieces.push(text(plain.join(' ')));
    return { ...paragraph, content: pieces };
  });
  return { ...body, content };
}
