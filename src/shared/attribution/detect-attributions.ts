/**
 * detectAttributions: the speakers of a briefing and who said each quote.
 *
 * 1. Quotations are found and masked, paragraphs split into sentences.
 * 2. Speech cues are read from the masked text ("Hong said", "according to …").
 * 3. People are collected from full names, then every cue is resolved in
 *    reading order (short forms, pronouns and descriptions refer back).
 * 4. Each quotation takes the cue next to it, else a cue in its sentence,
 *    else the quote before it in the paragraph, else the last speaker
 *    (quote-attribution.ts), with a reason and a confidence.
 */
import { maskCredits } from './credit-lines';
import { isKnownFirstName } from './first-names';
import { CLAUSE_BOUNDARIES } from './lexicon';
import { nameRuns, readNameRun, words } from './name-spans';
import type { ParagraphReading } from './paragraph-reading';
import { findQuotations, maskQuotations } from './quotation-spans';
import { attributeQuotations } from './quote-attribution';
import { subjectReason } from './quote-reason';
import type { ResolvedCue } from './resolved-cue';
import { parseRolePhrase, type RolePhrase } from './role-phrase';
import { sentenceAt, splitSentences } from './sentences';
import { type Person, position, SpeakerResolver } from './speaker-resolver';
import { findSpeechCues, leadingModifiers } from './speech-cues';
import type { AttributionResult, DetectedMention, DetectedParaphrase, DetectedQuote, DetectOptions } from './types';

export function detectAttributions(paragraphs: string[], options: DetectOptions = {}): AttributionResult {
  const readings = paragraphs.map((text, index): ParagraphReading => {
    const quotations = findQuotations(text, index);
    const masked = maskCredits(maskQuotations(text, quotations));
    const sentences = splitSentences(text, masked);
    return { text, masked, quotations, sentences, cues: findSpeechCues(masked, index, sentences) };
  });
  const resolver = new SpeakerResolver(options.knownSpeakers);
  collectPeople(readings, resolver);

  // Resolve cues and name mentions in reading order.
  const sources = new Set<string>();
  const mentions: { person: Person; paragraph: number; start: number; end: number; alias: string }[] = [];
  const resolved: ResolvedCue[] = [];
  readings.forEach((reading, paragraph) => {
    const cueSubjects = reading.cues.map((cue) => [cue.subjectStart, cue.subjectEnd] as const);
    const described = descriptions(reading.masked).filter(({ start }) => !cueSubjects.some(([from, to]) => start >= from && start < to));
    const events = [
      ...nameMentions(reading, paragraph, resolver).map((mention) => ({ at: mention.start, mention, cue: null })),
      ...described.map((description) => ({ at: description.start, mention: null, cue: null, description })),
      ...reading.cues.map((cue) => ({ at: cue.subjectStart, mention: null, cue })),
    ].sort((first, second) => first.at - second.at);
    for (const event of events) {
      if ('description' in event && event.description) {
        const { phrase, start, end, text } = event.description;
        const person = resolver.describedBefore(phrase, text, position(paragraph, start));
        if (person) mentions.push({ person, paragraph, start, end, alias: text });
        continue;
      }
      if (event.mention) {
        resolver.mention(event.mention.person, position(paragraph, event.mention.start));
        mentions.push(event.mention);
        continue;
      }
      const cue = event.cue!;
      const at = position(paragraph, cue.subjectStart);
      const { person, source, genderGuessed = false } = resolver.resolve(cue, at);
      if (source) sources.add(source);
      const evidence = { paragraph, start: cue.start, end: cue.end, text: reading.text.slice(cue.start, cue.end) };
      resolved.push({ cue, person, evidence, genderGuessed });
      if (!person) {
        // An unnamed person who speaks is who a following "she said" means.
        if (cue.subject.kind === 'description') resolver.mention(null, at);
        continue;
      }
      resolver.mention(person, at);
      const subject = cue.subject;
      if (subject.kind === 'description') {
        mentions.push({
          person,
          paragraph,
          start: cue.subjectStart,
          end: cue.subjectEnd,
          alias: reading.text.slice(cue.subjectStart, cue.subjectEnd),
        });
      } else if (
        subject.kind === 'named' &&
        !mentions.some((mention) => mention.paragraph === paragraph && mention.start === subject.reading.nameStart)
      ) {
        mentions.push({ person, paragraph, start: subject.reading.nameStart, end: subject.reading.nameEnd, alias: subject.reading.name });
      }
    }
  });

  const quotes = attributeQuotations(readings, resolved);
  const paraphrases = resolved.flatMap((entry) => paraphraseOf(entry, readings[entry.cue.paragraph]));
  const speaking = new Set<Person>([...resolved.flatMap((entry) => (entry.person ? [entry.person] : []))]);
  const names = new Map([...speaking].map((person) => [person, person.name] as const));
  const organizations = organizationNames(readings);
  const speakers = [...speaking].map((person) => ({
    name: person.name,
    aliases: [
      ...new Set(mentions.filter((mention) => mention.person === person && mention.alias !== person.name).map((mention) => mention.alias)),
    ],
    role: person.role,
    organization: person.known ? person.organization : expandOrganization(person.organization, organizations),
  }));
  return {
    speakers,
    quotes: quotes.map(({ person, ...quote }): DetectedQuote => ({
      ...quote,
      speaker: person ? (names.get(person) ?? person.name) : null,
    })),
    paraphrases,
    mentions: mentions
      .filter((mention) => speaking.has(mention.person))
      .map((mention): DetectedMention => ({
        speaker: mention.person.name,
        paragraph: mention.paragraph,
        start: mention.start,
        end: mention.end,
      })),
    sources: [...sources].filter((source) => !speakers.some((speaker) => speaker.name === source)),
  };
}

/** Pass one: every full name in the text, with the role its cue or its title gives it. */
function collectPeople(readings: ParagraphReading[], resolver: SpeakerResolver): void {
  readings.forEach((reading, paragraph) => {
    for (const cue of reading.cues) {
      if (cue.subject.kind === 'named' && cue.subject.reading.kind === 'person') {
        resolver.introduce(
          cue.subject.reading.name,
          position(paragraph, cue.subject.reading.nameStart),
          cue.subject.role,
          cue.subject.reading.title,
        );
      }
    }
    const all = words(reading.masked);
    for (const run of nameRuns(reading.masked)) {
      const name = readNameRun(run);
      const before = all.filter((word) => word.end <= run.start).at(-1);
      // "the Ministry of National Defense": a capitalised span after "of" or "the" names a thing.
      // …unless a title or a known first name says it is someone ("ahead of Belgian Wout Claessens").
      const afterOfOrThe =
        before !== undefined && /^(?:of|the)$/iu.test(before.text) && reading.masked.slice(before.end, run.start) === ' ';
      if (name.kind !== 'person' || (afterOfOrThe && !name.title && !isKnownFirstName(name.name.split(' ')[0]))) continue;
      const lead = leadingModifiers(all, run.start);
      const role =
        lead.length > 0 ? parseRolePhrase(lead.map((word) => word.text).join(' ')) : name.title ? parseRolePhrase(name.title) : null;
      const person = resolver.introduce(name.name, position(paragraph, name.nameStart), role, name.title);
      const age = /^,\s*(\d{1,3}),/u.exec(reading.masked.slice(run.end));
      if (age) resolver.describe(person, `${age[1]}-year-old`);
    }
  });
  // Then people known by one word ("Brazilian forward Tavinho", "Mireya, who …"), unless that word is a short form.
  readings.forEach((reading, paragraph) => {
    const all = words(reading.masked);
    for (const run of nameRuns(reading.masked)) {
      const name = readNameRun(run);
      if (name.kind !== 'single' || run.possessive || resolver.byShortForm(name.name, position(paragraph, name.nameStart))) continue;
      const lead = leadingModifiers(all, run.start);
      const role =
        lead.length > 0 ? parseRolePhrase(lead.map((word) => word.text).join(' ')) : name.title ? parseRolePhrase(name.title) : null;
      if (role || /^,\s*who\b/u.test(reading.masked.slice(run.end)))
        resolver.introduce(name.name, position(paragraph, name.nameStart), role, name.title);
    }
  });
}

/** "the minister", "the spokesman" outside quotations and not followed by a name. */
function descriptions(masked: string): { phrase: RolePhrase; start: number; end: number; text: string }[] {
  return [...masked.matchAll(/\b[Tt]he (?:[a-z][\p{L}-]* ){0,2}?([a-z][\p{L}-]*?)(?:['’]s)?\b(?![\p{L}'’-]|\s+\p{Lu})/gu)].flatMap(
    (match) => {
      const text = match[0].replace(/['’]s$/u, '');
      const phrase = parseRolePhrase(text);
      return phrase && phrase.head === match[1].toLowerCase()
        ? [{ phrase, start: match.index, end: match.index + text.length, text: text.replace(/^The/u, 'the') }]
        : [];
    },
  );
}

/** Places a known person is named outside quotations: full names and short forms. */
function nameMentions(reading: ParagraphReading, paragraph: number, resolver: SpeakerResolver) {
  return nameRuns(reading.masked).flatMap((run) => {
    const name = readNameRun(run);
    const oneWord = !/\s/u.test(name.name);
    if (name.kind === 'organization' && !oneWord) return [];
    const at = position(paragraph, name.nameStart);
    // A lone word may be a short form even where it looks like an institution ("Mills").
    const person =
      (name.kind === 'organization' ? undefined : resolver.byName(name.name)) ??
      (oneWord ? resolver.byShortForm(name.name, at) : undefined);
    return person ? [{ person, paragraph, start: name.nameStart, end: name.nameEnd, alias: name.name }] : [];
  });
}

/** Indirect speech a person cue introduces: "X said (that) …", "…, according to X." */
function paraphraseOf(entry: ResolvedCue, reading: ParagraphReading): DetectedParaphrase[] {
  const { cue, person, evidence } = entry;
  if (!person) return [];
  const sentence = sentenceAt(reading.sentences, cue.verbStart);
  let start: number;
  let end: number;
  if (cue.form === 'subject-verb' || cue.form === 'participle') {
    start = cue.verbEnd;
    end = sentence.end;
    // "told reporters that …", "told the briefing that …": the report starts after the listener.
    const listener = /^\s*(?:[\p{L}'’-]+\s+){1,5}?that\s+/iu.exec(reading.masked.slice(start, end));
    if (/^tell|^told/u.test(reading.masked.slice(cue.verbStart, cue.verbEnd))) {
      if (!listener) return [];
      start += listener[0].length;
    }
    start += /^\s*(?:that\s+)?/iu.exec(reading.masked.slice(start))![0].length;
    if (/^(?:at|in|on|during|to|before|after|with|from|for|last|this)\b/iu.test(reading.masked.slice(start))) return [];
  } else {
    start = sentence.start;
    end = cue.start;
  }
  const span = reading.masked.slice(start, end);
  const trimmedEnd = end - (span.length - span.replace(/[\s,.;:]+$/u, '').length);
  const unquoted = words(reading.masked.slice(start, trimmedEnd).replace(/#+/gu, ' ')).filter(
    (word) => !CLAUSE_BOUNDARIES.has(word.text.toLowerCase()),
  );
  if (unquoted.length < 3 || /^["“”«]/u.test(reading.masked.slice(start, trimmedEnd))) return [];
  const { reason, confidence } = subjectReason(entry);
  return [
    {
      speaker: person.name,
      paragraph: cue.paragraph,
      start,
      end: trimmedEnd,
      evidence,
      reason: `cue '${cue.verb}', ${reason}`,
      confidence: Math.round(0.9 * confidence * 100) / 100,
    },
  ];
}

/** Capitalised organization names in the text ("Portvale Harbor Authority"). */
function organizationNames(readings: ParagraphReading[]): string[] {
  return readings.flatMap((reading) =>
    nameRuns(reading.masked)
      .map(readNameRun)
      .filter((name) => name.kind === 'organization' && /\s/u.test(name.name))
      .map((name) => name.name),
  );
}

/** "the authority" → "Portvale Harbor Authority" when the text names exactly one such organization. */
function expandOrganization(organization: string, names: string[]): string {
  if (!/^\p{Ll}[\p{L}'’-]*$/u.test(organization)) return organization;
  const matches = new Set(names.filter((name) => name.split(' ').at(-1)!.toLowerCase() === organization));
  return matches.size === 1 ? [...matches][0] : organization;
}
