/**
 * Who a speech cue's subject is. Keeps the people a briefing names (and the
 * desk's known speakers), the order they are mentioned in, and resolves short
 * forms ("Hong", "Strauss"), pronouns ("she said") and descriptions ("the
 * spokesman", "China's military spokesman") to one canonical person.
 *
 * Descriptions look back first (the most recent person with that role whose
 * role and organization agree with the description's words), then forward
 * (news often describes a speaker before naming them: "China's military
 * spokesman also said …" and, a paragraph later, "Geng Yansheng, spokesman
 * for the Ministry of National Defense, said …").
 */
import { genderOfFirstName } from './first-names';
import { FEMALE_TITLES, MALE_TITLES, NAME_TITLES, PERSONAL_SPEECH_VERBS } from './lexicon';
import { shortForms } from './name-spans';
import { parseRolePhrase, type RolePhrase, sameRoleHead } from './role-phrase';
import type { SpeechCue, SubjectShape } from './speech-cues';
import type { DetectedSpeaker } from './types';

export type Gender = 'male' | 'female' | 'unknown';

export interface Person {
  name: string;
  shortForms: string[];
  /** Descriptions the desk already knows for this person, lower case. */
  knownAliases: string[];
  role: string;
  organization: string;
  roleHead: string;
  /** Every word the text titles or describes them with, lower case ("chief", "constable", "belgian"). */
  descriptors: Set<string>;
  gender: Gender;
  /** Paragraph and offset where the full name first appears (Infinity when only known). */
  introducedAt: number;
  known: boolean;
}

/** Where in the document, as one comparable number. */
export const position = (paragraph: number, offset: number): number => paragraph * 1_000_000 + offset;

export interface Resolution {
  person: Person | null;
  /** An organization or unnamed source that speaks ("the ministry", "A senior banker"). */
  source: string | null;
  /** For a pronoun: true when the person's gender was unknown and the pronoun decided it. */
  genderGuessed?: boolean;
}

export class SpeakerResolver {
  readonly people: Person[] = [];
  /** Named people and unnamed ones (null: "the mayor", "a witness") in reading order. */
  private readonly history: { person: Person | null; at: number }[] = [];

  constructor(known: DetectedSpeaker[] = []) {
    for (const speaker of known) {
      const aliases = speaker.aliases.map((alias) => alias.trim()).filter(Boolean);
      this.people.push({
        name: speaker.name,
        shortForms: [...new Set([...shortForms(speaker.name), ...aliases.filter((alias) => /^\p{Lu}/u.test(alias))])],
        knownAliases: aliases.map((alias) => alias.toLowerCase()),
        role: speaker.role,
        organization: speaker.organization,
        roleHead: speaker.role.split(/\s+/u).at(-1)?.toLowerCase() ?? '',
        descriptors: new Set(speaker.role.toLowerCase().split(/\s+/u).filter(Boolean)),
        gender: genderOf(speaker.role, speaker.name),
        introducedAt: Infinity,
        known: true,
      });
    }
  }

  /** Records a full name seen at `at`, with what the text says about them. */
  introduce(name: string, at: number, role: RolePhrase | null, title: string): Person {
    const existing = this.byName(name);
    const person = existing ?? {
      name,
      shortForms: shortForms(name),
      knownAliases: [],
      role: '',
      organization: '',
      roleHead: '',
      descriptors: new Set<string>(),
      gender: 'unknown' as Gender,
      introducedAt: at,
      known: false,
    };
    for (const word of `${title} ${role?.role ?? ''}`.toLowerCase().replace(/\./gu, '').split(/\s+/u))
      if (word) person.descriptors.add(word);
    if (!existing) this.people.push(person);
    person.introducedAt = Math.min(person.introducedAt, at);
    if (role && (!person.role || (!person.organization && role.organization))) {
      if (!person.known || !person.role) {
        person.role = role.role;
        person.roleHead = role.head;
        person.organization = person.organization || role.organization;
      }
    } else if (!person.role && title && (NAME_TITLES.has(title.split(/\s+/u).at(-1)!.replace(/\.$/u, '')) || parseRolePhrase(title))) {
      person.role = title;
      person.roleHead = title.split(/\s+/u).at(-1)!.toLowerCase().replace(/\.$/u, '');
    }
    if (person.gender === 'unknown') person.gender = genderOf(`${title} ${role?.head ?? ''}`, name);
    return person;
  }

  byName(name: string): Person | undefined {
    const lower = name.toLowerCase();
    return (
      this.people.find((person) => person.name.toLowerCase() === lower) ??
      this.people.find((person) => person.known && person.knownAliases.includes(lower) && /\s/u.test(name))
    );
  }

  /** A short form ("Hong", "Strauss", "de la Roche"): the person named by it most recently, else the next one named. */
  byShortForm(form: string, at: number): Person | undefined {
    const matches = this.people.filter((person) => person.shortForms.some((short) => short.toLowerCase() === form.toLowerCase()));
    if (matches.length <= 1) return matches[0];
    const recent = this.mostRecent(at, (person) => matches.includes(person));
    return recent ?? matches.sort((first, second) => first.introducedAt - second.introducedAt)[0];
  }

  /** Notes that a person was named at `at`; pronouns and descriptions look back through these. */
  mention(person: Person | null, at: number): void {
    let index = this.history.length;
    while (index > 0 && this.history[index - 1].at > at) index--;
    this.history.splice(index, 0, { person, at });
  }

  /** Resolves a cue's subject at its place in the text. */
  resolve(cue: SpeechCue, at: number): Resolution {
    const subject = cue.subject;
    switch (subject.kind) {
      case 'named':
        return this.resolveNamed(subject, at, cue.verb);
      case 'pronoun': {
        if (subject.pronoun === 'they') return { person: null, source: null };
        const gender: Gender = subject.pronoun === 'she' ? 'female' : 'male';
        // The nearest compatible person, unless someone unnamed spoke since ("The mayor said … she added").
        const person = this.mostRecent(at, (candidate) => candidate.gender === 'unknown' || candidate.gender === gender, true) ?? null;
        const genderGuessed = person?.gender === 'unknown';
        if (person && genderGuessed) person.gender = gender;
        return { person, source: null, genderGuessed };
      }
      case 'description':
        return this.resolveDescription(subject.phrase, subject.text, at);
      case 'organization':
        return { person: null, source: subject.text.replace(/^(?:the|its)\s+/iu, '') };
    }
  }

  private resolveNamed(subject: Extract<SubjectShape, { kind: 'named' }>, at: number, verb: string): Resolution {
    const { reading, role } = subject;
    const known = this.byName(reading.name);
    if (known) return { person: known, source: null };
    // "Mills said" after "Gareth Mills": a short form wins over the word's look of an institution.
    const short = /\s/u.test(reading.name) ? undefined : this.byShortForm(reading.name, at);
    if (short) return { person: short, source: null };
    if (reading.kind === 'organization') return { person: null, source: reading.name };
    if (reading.kind === 'person') return { person: this.introduce(reading.name, at, role, reading.title), source: null };
    // A lone word is a person only when a title or role says so ("Dr. Okoye", "spokesman Ruiz"), or a verb only people use.
    if (reading.title || role || PERSONAL_SPEECH_VERBS.has(verb.split(' ')[0]))
      return { person: this.introduce(reading.name, at, role, reading.title), source: null };
    return { person: null, source: reading.name };
  }

  /** A description outside a speech cue ("the minister's answer"): only ever refers back. */
  /** Adds a word the text describes a person with ("24-year-old" from "Lorenzo Bassi, 24,"). */
  describe(person: Person, descriptor: string): void {
    person.descriptors.add(descriptor.toLowerCase());
  }

  describedBefore(phrase: RolePhrase, text: string, at: number): Person | null {
    return this.resolveDescription(phrase, text, at, false).person;
  }

  private resolveDescription(phrase: RolePhrase, text: string, at: number, lookAhead = true): Resolution {
    const lower = text.toLowerCase();
    const knownMatch = this.people.find((person) => person.knownAliases.includes(lower));
    if (knownMatch) return { person: knownMatch, source: null };
    // "A senior banker", "officials": nobody in particular.
    if (phrase.determiner === 'indefinite' || phrase.determiner === 'bare') return { person: null, source: text };
    const holds = (person: Person): boolean => sameRoleHead(person.roleHead, phrase.head) || person.descriptors.has(phrase.head);
    const back = this.mostRecent(at, (person) => holds(person) && agrees(phrase, person));
    if (back) return { person: back, source: null };
    if (!lookAhead) return { person: null, source: null };
    const mentioned = new Set(this.history.filter((entry) => entry.at < at).map((entry) => entry.person));
    const ahead = this.people
      .filter((person) => person.introducedAt > at && !mentioned.has(person) && holds(person))
      .sort((first, second) => first.introducedAt - second.introducedAt)[0];
    if (ahead) return { person: ahead, source: null };
    // "the 29-year-old said" with no age given: the person the story is talking about, like a pronoun.
    if (/-year-old$/u.test(phrase.head)) {
      const recent = this.mostRecent(at, () => true, true);
      if (recent) return { person: recent, source: null };
    }
    // "the police chief" for the only chief named so far, though the text gave her no police title.
    const holders = this.people.filter((person) => person.introducedAt < at && holds(person));
    if (holders.length === 1) return { person: holders[0], source: null };
    return { person: null, source: text };
  }

  private mostRecent(at: number, accept: (person: Person) => boolean, stopAtUnnamed = false): Person | undefined {
    for (let index = this.history.length - 1; index >= 0; index--) {
      const entry = this.history[index];
      if (entry.at >= at) continue;
      if (entry.person === null) {
        if (stopAtUnnamed) return undefined;
        continue;
      }
      if (accept(entry.person)) return entry.person;
    }
    return undefined;
  }
}

/** Every narrowing word of a description appears in what we know of the person ("military" ≠ "Foreign Ministry"). */
function agrees(phrase: RolePhrase, person: Person): boolean {
  const known = `${person.role} ${person.organization}`.toLowerCase();
  return phrase.modifiers.every((modifier) => known.includes(modifier));
}

/** The gender a title or role tells ("Mrs", "spokeswoman"), else the one the first name tells. */
function genderOf(text: string, name: string): Gender {
  const tokens = text.replace(/\./gu, '').split(/\s+/u);
  if (tokens.some((token) => FEMALE_TITLES.has(token) || FEMALE_TITLES.has(token.toLowerCase()))) return 'female';
  if (tokens.some((token) => MALE_TITLES.has(token) || MALE_TITLES.has(token.toLowerCase()))) return 'male';
  const first = name.split(/\s+/u);
  // A lone word is more often a surname than a first name ("Okoro said"): it tells nothing.
  return first.length >= 2 ? genderOfFirstName(first[0]) : 'unknown';
}
