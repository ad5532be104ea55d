/** A speech cue with the person its subject resolved to (null: an organization, an unnamed source, nobody). */
import type { Person } from './speaker-resolver';
import type { SpeechCue } from './speech-cues';
import type { TextSpan } from './types';

export interface ResolvedCue {
  cue: SpeechCue;
  person: Person | null;
  evidence: TextSpan;
  /** For a pronoun: the person's gender was not known and the pronoun decided it. */
  genderGuessed: boolean;
}
